package app.nestegg.sync.jobs;

import app.nestegg.sync.quotes.Quote;
import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.sync.quotes.QuoteSource;
import app.nestegg.vault.ledger.invest.Investments;
import app.nestegg.vault.ledger.invest.PriceAge;
import app.nestegg.vault.ledger.invest.PriceSource;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.SecurityPrice;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every 6 hours, asks the configured quote source for the latest price of every security held and stores them as
 * {@link PriceSource#QUOTE} prices, never over a typed or imported price of the same day. Without a source it does
 * nothing (linked banks' prices arrive with bank sync). When the source cannot be reached the job fails and is tried
 * again; the stored prices stay, and their age shows how old they are. A symbol the source does not know, a quote in
 * another currency than the security's or dated after today is left out and logged.
 */
public final class PriceUpdateJob implements Job {

    public static final String NAME = "price-update";

    private static final Logger LOG = LoggerFactory.getLogger(PriceUpdateJob.class);
    private static final Schedule EVERY_SIX_HOURS = new Schedule.Every(Duration.ofHours(6));

    private final Investments investments;
    private final QuoteSetup quotes;
    private final ZoneId zone;

    public PriceUpdateJob(Investments investments, QuoteSetup quotes, ZoneId zone) {
        this.investments = investments;
        this.quotes = quotes;
        this.zone = zone;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return EVERY_SIX_HOURS;
    }

    @Override
    public void run(JobContext context) throws Exception {
        Optional<QuoteSource> source = quotes.source();
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), zone);
        List<Security> held = investments.priceAges().held(today).stream()
                .map(PriceAge::security)
                .toList();
        if (source.isEmpty() || held.isEmpty()) {
            return;
        }
        Set<String> symbols = held.stream().map(Security::symbol).collect(Collectors.toSet());
        Map<String, Quote> latest = source.get().latest(symbols);
        context.checkStop();
        List<SecurityPrice> prices = new ArrayList<>();
        for (Security security : held) {
            Quote quote = latest.get(security.symbol());
            if (usable(security, quote, today)) {
                prices.add(new SecurityPrice(security.id(), quote.date(), quote.price(), PriceSource.QUOTE));
            }
        }
        int written = investments.prices().storeQuotes(prices);
        LOG.info(
                "Price update: {} of {} held securities quoted, {} prices written",
                prices.size(),
                held.size(),
                written);
    }

    private static boolean usable(Security security, Quote quote, LocalDate today) {
        if (quote == null) {
            LOG.warn("The quote source has no price for {}", security.symbol());
            return false;
        }
        if (quote.currency() != null && !quote.currency().equals(security.currency())) {
            LOG.warn(
                    "The quote for {} is in {}, not in the security's {}; left out",
                    security.symbol(),
                    quote.currency(),
                    security.currency());
            return false;
        }
        if (quote.date().isAfter(today)) {
            LOG.warn("The quote for {} is dated {}, after today; left out", security.symbol(), quote.date());
            return false;
        }
        return true;
    }
}
