package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.EXCHANGE_RATE;
import static app.nestegg.vault.store.generated.Tables.SETTING;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.ledger.networth.NetWorthSnapshots;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.ExchangeRateRecord;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Dated exchange rates and the vault's base currency. A rate says how many units of {@code to} one unit of
 * {@code from} buys on a day; a conversion uses the newest rate on or before its date, direct or inverted.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason =
                "the base currency is a setting of this vault, not ledger data; the rates themselves go through the change log")
public final class ExchangeRates {

    static final String BASE_CURRENCY_SETTING = "ledger.base_currency";
    private static final Currency DEFAULT_BASE = Currency.getInstance("USD");

    private final ChangeLog log;

    ExchangeRates(ChangeLog log) {
        this.log = log;
    }

    public Currency baseCurrency() {
        String code = log.read(dsl -> dsl.select(SETTING.SETTING_VALUE)
                .from(SETTING)
                .where(SETTING.NAME.eq(BASE_CURRENCY_SETTING))
                .fetchOne(SETTING.SETTING_VALUE));
        return code == null ? DEFAULT_BASE : Currency.getInstance(code);
    }

    public void setBaseCurrency(Currency currency) {
        log.write(w -> {
            NetWorthSnapshots.allStale(w.dsl());
            return w.dsl()
                    .mergeInto(SETTING)
                    .using(w.dsl().selectOne())
                    .on(SETTING.NAME.eq(BASE_CURRENCY_SETTING))
                    .whenMatchedThenUpdate()
                    .set(SETTING.SETTING_VALUE, currency.getCurrencyCode())
                    .whenNotMatchedThenInsert(SETTING.NAME, SETTING.SETTING_VALUE)
                    .values(BASE_CURRENCY_SETTING, currency.getCurrencyCode())
                    .execute();
        });
    }

    /** Records (or replaces) the rate for a day. */
    public void set(Currency from, Currency to, LocalDate date, BigDecimal rate) {
        LedgerText.date(date, "rate date");
        if (from.equals(to)) {
            throw new LedgerInputException("currency", "A rate needs two different currencies");
        }
        if (rate == null || rate.signum() <= 0) {
            throw new LedgerInputException("rate", "An exchange rate must be greater than zero");
        }
        log.write(w -> {
            NetWorthSnapshots.staleFrom(w.dsl(), date);
            ExchangeRateRecord existing = w.dsl()
                    .selectFrom(EXCHANGE_RATE)
                    .where(EXCHANGE_RATE.FROM_CURRENCY.eq(from.getCurrencyCode()))
                    .and(EXCHANGE_RATE.TO_CURRENCY.eq(to.getCurrencyCode()))
                    .and(EXCHANGE_RATE.RATE_DATE.eq(date))
                    .fetchOne();
            if (existing != null) {
                existing.setRate(rate);
                return w.update(existing);
            }
            ExchangeRateRecord record = new ExchangeRateRecord();
            record.setId(Ids.newId());
            record.setFromCurrency(from.getCurrencyCode());
            record.setToCurrency(to.getCurrencyCode());
            record.setRateDate(date);
            record.setRate(rate);
            w.insert(record);
            return true;
        });
    }

    /** Units of {@code to} per unit of {@code from} on the date: the newest rate on or before it, either way round. */
    public Optional<BigDecimal> rate(Currency from, Currency to, LocalDate date) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        Optional<DatedRate> direct = newest(from, to, date);
        Optional<DatedRate> inverse = newest(to, from, date)
                .map(r -> new DatedRate(r.date(), BigDecimal.ONE.divide(r.rate(), MathContext.DECIMAL64)));
        if (direct.isPresent() && inverse.isPresent()) {
            return Optional.of(
                    direct.get().date().isBefore(inverse.get().date())
                            ? inverse.get().rate()
                            : direct.get().rate());
        }
        return direct.or(() -> inverse).map(DatedRate::rate);
    }

    /**
     * Every stored rate between the two currencies as units of {@code to} per unit of {@code from}, by date, either way
     * round (a rate stored the other way is inverted; on a day with both, the one stored this way): the newest entry on
     * or before a date is what {@link #rate} gives for it. For reads that convert many dates at once.
     */
    public java.util.NavigableMap<LocalDate, BigDecimal> history(Currency from, Currency to) {
        java.util.NavigableMap<LocalDate, BigDecimal> rates = new java.util.TreeMap<>();
        log.read(dsl -> {
            dsl.select(EXCHANGE_RATE.RATE_DATE, EXCHANGE_RATE.RATE)
                    .from(EXCHANGE_RATE)
                    .where(EXCHANGE_RATE.FROM_CURRENCY.eq(to.getCurrencyCode()))
                    .and(EXCHANGE_RATE.TO_CURRENCY.eq(from.getCurrencyCode()))
                    .forEach(r -> rates.put(r.value1(), BigDecimal.ONE.divide(r.value2(), MathContext.DECIMAL64)));
            dsl.select(EXCHANGE_RATE.RATE_DATE, EXCHANGE_RATE.RATE)
                    .from(EXCHANGE_RATE)
                    .where(EXCHANGE_RATE.FROM_CURRENCY.eq(from.getCurrencyCode()))
                    .and(EXCHANGE_RATE.TO_CURRENCY.eq(to.getCurrencyCode()))
                    .forEach(r -> rates.put(r.value1(), r.value2()));
            return null;
        });
        return rates;
    }

    /** The amount in another currency on the date, rounded half-even; refused when no rate is known. */
    public Money convert(Money money, Currency to, LocalDate date) {
        if (money.currency().equals(to)) {
            return money;
        }
        BigDecimal rate = rate(money.currency(), to, date)
                .orElseThrow(() -> new LedgerInputException(
                        "currency",
                        "No exchange rate from " + money.currency().getCurrencyCode() + " to " + to.getCurrencyCode()
                                + " on or before " + date));
        return Money.rounded(money.toDecimal().multiply(rate), to);
    }

    private Optional<DatedRate> newest(Currency from, Currency to, LocalDate date) {
        return log.read(dsl -> dsl.select(EXCHANGE_RATE.RATE_DATE, EXCHANGE_RATE.RATE)
                .from(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.FROM_CURRENCY.eq(from.getCurrencyCode()))
                .and(EXCHANGE_RATE.TO_CURRENCY.eq(to.getCurrencyCode()))
                .and(EXCHANGE_RATE.RATE_DATE.le(date))
                .orderBy(EXCHANGE_RATE.RATE_DATE.desc())
                .limit(1)
                .fetchOptional(r -> new DatedRate(r.value1(), r.value2())));
    }

    private record DatedRate(LocalDate date, BigDecimal rate) {}
}
