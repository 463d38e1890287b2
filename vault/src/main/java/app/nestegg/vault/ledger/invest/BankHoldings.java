package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Accounts;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.LedgerText;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.networth.NetWorthSnapshots;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.TradeRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Makes a linked account's holdings equal what its bank reports (docs/decisions/0023-bank-holdings-as-adjustments.md):
 * the bank's prices are stored, and where the trades give another quantity on the day, an adjustment trade with no
 * cash side adds or removes the difference. A security the account holds that the bank no longer reports goes to zero.
 */
public final class BankHoldings {

    private final Accounts accounts;
    private final ExchangeRates rates;
    private final Clock clock;

    BankHoldings(Accounts accounts, ExchangeRates rates, Clock clock) {
        this.accounts = accounts;
        this.rates = rates;
        this.clock = clock;
    }

    /**
     * Applies the bank's positions of one account in a write already open, so they land together or not at all.
     *
     * @return how many securities an adjustment trade was written for
     * @throws LedgerInputException when the account takes no trades, or an adjustment would leave a later sale selling
     *     more than is held
     */
    public int apply(ChangeWriter w, UUID accountId, LocalDate day, List<ReportedPosition> reported) {
        LedgerText.date(day, "date");
        Account account = accounts.get(accountId);
        TradeChecks.investmentAccount(account);
        Map<UUID, ReportedPosition> bySecurity = merged(reported);
        boolean wrote = false;
        for (ReportedPosition position : bySecurity.values()) {
            LocalDate priceDay = position.priceDate() == null ? day : position.priceDate();
            wrote |= Prices.storeFromBank(w, position.securityId(), priceDay, position.price());
        }
        List<Trade> trades = Trades.trades(w.dsl(), accountId, day, account.currency());
        Map<UUID, Position> held = PositionBook.replay(account.currency(), id -> id.toString(), trades)
                .positions();
        PriceBook prices = PriceBook.load(w.dsl(), trades);
        Set<UUID> securities = new LinkedHashSet<>(bySecurity.keySet());
        securities.addAll(held.keySet());
        int adjusted = 0;
        for (UUID securityId : securities) {
            BigDecimal before =
                    held.containsKey(securityId) ? held.get(securityId).quantity() : BigDecimal.ZERO;
            ReportedPosition position = bySecurity.get(securityId);
            BigDecimal after = position == null ? BigDecimal.ZERO : position.quantity();
            if (before.compareTo(after) == 0) {
                continue;
            }
            Security security = Securities.toSecurity(Securities.load(w.dsl(), securityId));
            Optional<BigDecimal> price = position != null
                    ? Optional.of(position.price())
                    : prices.price(securityId, day).map(PriceBook.Point::price);
            BigDecimal difference = after.subtract(before);
            w.insert(adjustment(account, security, day, difference, price, position));
            Trades.replay(w.dsl(), account, securityId);
            adjusted++;
        }
        if (wrote || adjusted > 0) {
            NetWorthSnapshots.staleFrom(w.dsl(), day);
        }
        return adjusted;
    }

    private TradeRecord adjustment(
            Account account,
            Security security,
            LocalDate day,
            BigDecimal difference,
            Optional<BigDecimal> price,
            ReportedPosition position) {
        BigDecimal shares = difference.abs();
        Money value;
        if (difference.signum() > 0
                && position.costBasis() != null
                && position.quantity().signum() > 0) {
            BigDecimal share =
                    position.costBasis().multiply(shares).divide(position.quantity(), 10, RoundingMode.HALF_EVEN);
            value = inAccount(Money.rounded(share, security.currency()), account, day);
        } else {
            value = price.map(p -> inAccount(Money.rounded(shares.multiply(p), security.currency()), account, day))
                    .orElse(Money.zero(account.currency()));
        }
        TradeRecord record = new TradeRecord();
        record.setId(Ids.newId());
        record.setAccountId(account.id());
        record.setSecurityId(security.id());
        record.setTradeDate(day);
        record.setKind((difference.signum() > 0 ? TradeKind.ADJUST_IN : TradeKind.ADJUST_OUT).name());
        record.setQuantity(shares);
        record.setPrice(price.orElse(null));
        record.setTradeValue(value.minor());
        record.setFees(0L);
        record.setCashAmount(0L);
        record.setCreatedAt(clock.instant());
        return record;
    }

    private Money inAccount(Money money, Account account, LocalDate day) {
        return money.currency().equals(account.currency()) ? money : rates.convert(money, account.currency(), day);
    }

    /** One position per security: a bank that lists a security twice in an account holds the sum. */
    private static Map<UUID, ReportedPosition> merged(List<ReportedPosition> reported) {
        Map<UUID, ReportedPosition> bySecurity = new LinkedHashMap<>();
        for (ReportedPosition position : reported) {
            bySecurity.merge(
                    position.securityId(),
                    position,
                    (a, b) -> new ReportedPosition(
                            a.securityId(),
                            a.quantity().add(b.quantity()),
                            b.price(),
                            b.priceDate(),
                            a.costBasis() == null || b.costBasis() == null
                                    ? null
                                    : a.costBasis().add(b.costBasis())));
        }
        return bySecurity;
    }
}
