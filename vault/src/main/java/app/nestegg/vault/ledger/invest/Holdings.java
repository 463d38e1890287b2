package app.nestegg.vault.ledger.invest;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.SECURITY;
import static app.nestegg.vault.store.generated.Tables.TRADE;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Accounts;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.LedgerText;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.ChangeLog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What investment accounts hold on a day, derived from their trades and valued at that day's prices. */
public final class Holdings {

    private final ChangeLog log;
    private final Accounts accounts;
    private final ExchangeRates rates;

    Holdings(ChangeLog log, Accounts accounts, ExchangeRates rates) {
        this.log = log;
        this.accounts = accounts;
        this.rates = rates;
    }

    /** The account's holdings on the day: every security it has traded, open ones first, then by symbol. */
    public AccountHoldings of(UUID accountId, LocalDate asOf) {
        AccountValuer valuer = valuer(accountId, asOf);
        Account account = valuer.account();
        Currency currency = account.currency();
        List<Holding> holdings = new ArrayList<>();
        for (Position position : valuer.positions(asOf, true).positions().values()) {
            holdings.add(holding(valuer, position, asOf));
        }
        holdings.sort(Comparator.comparing((Holding h) -> !h.isOpen())
                .thenComparing(h -> h.security().symbol()));
        Money cost = Money.zero(currency);
        Money value = Money.zero(currency);
        Money realised = Money.zero(currency);
        Money income = Money.zero(currency);
        Map<SecurityType, Money> byType = new EnumMap<>(SecurityType.class);
        for (Holding holding : holdings) {
            cost = cost.plus(holding.costBasis());
            value = value.plus(holding.marketValueInAccount());
            realised = realised.plus(holding.realisedGain());
            income = income.plus(holding.income());
            if (holding.isOpen()) {
                byType.merge(holding.security().type(), holding.marketValueInAccount(), Money::plus);
            }
        }
        return new AccountHoldings(
                account, asOf, holdings, cost, value, value.minus(cost), realised, income, slices(byType, value));
    }

    /** Every brokerage or retirement account that has trades, with its holdings on the day. */
    public List<AccountHoldings> all(LocalDate asOf) {
        List<UUID> ids = log.read(dsl -> dsl.selectDistinct(ACCOUNT.ID, ACCOUNT.NAME)
                .from(ACCOUNT)
                .join(TRADE)
                .on(TRADE.ACCOUNT_ID.eq(ACCOUNT.ID))
                .orderBy(ACCOUNT.NAME)
                .fetch(ACCOUNT.ID));
        List<AccountHoldings> all = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            all.add(of(id, asOf));
        }
        return all;
    }

    /**
     * The market value of the account's holdings on the day, at the newest price on or before it, per security
     * currency and converted to the account's currency at the day's rates; for net-worth snapshots.
     */
    public HoldingsValue marketValue(UUID accountId, LocalDate asOf) {
        AccountValuer valuer = valuer(accountId, asOf);
        Currency currency = valuer.account().currency();
        Map<Currency, Money> bySecurityCurrency = new LinkedHashMap<>();
        Money total = Money.zero(currency);
        for (Position position : valuer.positions(asOf, true).positions().values()) {
            if (position.quantity().signum() > 0) {
                AccountValuer.Valued valued = valuer.value(position, asOf);
                bySecurityCurrency.merge(valued.value().currency(), valued.value(), Money::plus);
                total = total.plus(valued.valueInAccount());
            }
        }
        return new HoldingsValue(accountId, asOf, bySecurityCurrency, total);
    }

    /** Allocation by security type across every investment account, in the vault's base currency. */
    public List<AllocationSlice> allocation(LocalDate asOf) {
        Currency base = rates.baseCurrency();
        Map<SecurityType, Money> byType = new EnumMap<>(SecurityType.class);
        Money total = Money.zero(base);
        for (AccountHoldings account : all(asOf)) {
            for (Holding holding : account.holdings()) {
                if (holding.isOpen()) {
                    Money value = rates.convert(holding.marketValueInAccount(), base, asOf);
                    byType.merge(holding.security().type(), value, Money::plus);
                    total = total.plus(value);
                }
            }
        }
        return slices(byType, total);
    }

    AccountValuer valuer(UUID accountId, LocalDate asOf) {
        LedgerText.date(asOf, "date");
        Account account = accounts.get(accountId);
        return log.read(dsl -> {
            List<Trade> trades = Trades.trades(dsl, accountId, asOf, account.currency());
            Map<UUID, Security> securities = new LinkedHashMap<>();
            dsl.selectFrom(SECURITY)
                    .where(SECURITY.ID.in(
                            trades.stream().map(Trade::securityId).distinct().toList()))
                    .forEach(r -> securities.put(r.getId(), Securities.toSecurity(r)));
            return new AccountValuer(account, trades, PriceBook.load(dsl, trades), rates, securities);
        });
    }

    private static Holding holding(AccountValuer valuer, Position position, LocalDate asOf) {
        AccountValuer.Valued valued = valuer.value(position, asOf);
        Money cost = position.cost();
        return new Holding(
                valuer.security(position.securityId()),
                position.quantity().stripTrailingZeros(),
                position.lots(),
                cost,
                valued.price().map(PriceBook.Point::price),
                valued.price().map(PriceBook.Point::date),
                valued.value(),
                valued.valueInAccount(),
                valued.valueInAccount().minus(cost),
                position.realised(),
                position.income());
    }

    private static List<AllocationSlice> slices(Map<SecurityType, Money> byType, Money total) {
        List<AllocationSlice> slices = new ArrayList<>();
        byType.forEach((type, value) -> slices.add(new AllocationSlice(
                type,
                value,
                total.isZero()
                        ? BigDecimal.ZERO
                        : value.toDecimal().divide(total.toDecimal(), 4, RoundingMode.HALF_EVEN))));
        slices.sort(
                Comparator.comparing((AllocationSlice s) -> s.value().minor()).reversed());
        return slices;
    }
}
