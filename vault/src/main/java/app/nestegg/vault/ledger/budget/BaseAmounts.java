package app.nestegg.vault.ledger.budget;

import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Month sums in the base currency. A month's amounts in another currency count at the rate of the month's last day,
 * or of today while the month is not over; each currency's rates are read once.
 */
public final class BaseAmounts {

    private final ExchangeRates rates;
    private final Currency base;
    private final LocalDate today;
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> histories = new HashMap<>();

    public BaseAmounts(ExchangeRates rates, LocalDate today) {
        this.rates = rates;
        this.base = rates.baseCurrency();
        this.today = today;
    }

    public Currency currency() {
        return base;
    }

    /** The minor units of {@code currencyCode} filed in the month starting {@code month}, in base minor units. */
    public long minor(long minor, String currencyCode, LocalDate month) {
        if (currencyCode.equals(base.getCurrencyCode())) {
            return minor;
        }
        Currency currency = Currency.getInstance(currencyCode);
        LocalDate monthEnd = month.withDayOfMonth(month.lengthOfMonth());
        LocalDate rateDate = monthEnd.isAfter(today) ? today : monthEnd;
        Map.Entry<LocalDate, BigDecimal> rate = histories
                .computeIfAbsent(currencyCode, c -> rates.history(currency, base))
                .floorEntry(rateDate);
        if (rate == null) {
            throw new LedgerInputException(
                    "currency",
                    "No exchange rate from " + currencyCode + " to " + base.getCurrencyCode() + " on or before "
                            + rateDate + ": add one to see the figures of " + YearMonth.from(month));
        }
        return Money.rounded(new Money(minor, currency).toDecimal().multiply(rate.getValue()), base)
                .minor();
    }

    public Money money(long minor) {
        return new Money(minor, base);
    }
}
