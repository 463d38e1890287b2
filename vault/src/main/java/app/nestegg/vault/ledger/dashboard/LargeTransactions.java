package app.nestegg.vault.ledger.dashboard;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.CATEGORY;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.ChangeLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.jooq.impl.DSL;

/**
 * The largest transactions between two days, by size whichever their sign, transfers left out (each would show twice).
 * Each currency's largest rows come from one indexed date-range query; only those few are converted to the base
 * currency to rank them together.
 */
final class LargeTransactions {

    private final ChangeLog log;
    private final ExchangeRates rates;

    LargeTransactions(ChangeLog log, ExchangeRates rates) {
        this.log = log;
        this.rates = rates;
    }

    List<LargeTransaction> largest(LocalDate from, LocalDate to, int count) {
        Currency base = rates.baseCurrency();
        List<LargeTransaction> candidates = new ArrayList<>();
        for (String code : currencies()) {
            Currency currency = Currency.getInstance(code);
            log.read(dsl -> dsl.select(
                                    LEDGER_TRANSACTION.ID,
                                    LEDGER_TRANSACTION.ACCOUNT_ID,
                                    ACCOUNT.NAME,
                                    LEDGER_TRANSACTION.POSTED_ON,
                                    LEDGER_TRANSACTION.PAYEE,
                                    CATEGORY.NAME,
                                    LEDGER_TRANSACTION.AMOUNT)
                            .from(LEDGER_TRANSACTION)
                            .join(ACCOUNT)
                            .on(ACCOUNT.ID.eq(LEDGER_TRANSACTION.ACCOUNT_ID))
                            .leftJoin(CATEGORY)
                            .on(CATEGORY.ID.eq(LEDGER_TRANSACTION.CATEGORY_ID))
                            .where(LEDGER_TRANSACTION.POSTED_ON.between(from, to))
                            .and(LEDGER_TRANSACTION.TRANSFER_PEER_ID.isNull())
                            .and(ACCOUNT.CURRENCY.eq(code))
                            .orderBy(
                                    DSL.abs(LEDGER_TRANSACTION.AMOUNT).desc(),
                                    LEDGER_TRANSACTION.POSTED_ON.desc(),
                                    LEDGER_TRANSACTION.ID)
                            .limit(count)
                            .fetch())
                    .forEach(r -> {
                        Money amount = new Money(r.value7(), currency);
                        candidates.add(new LargeTransaction(
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                r.value4(),
                                r.value5(),
                                r.value6() == null ? "" : r.value6(),
                                amount,
                                rates.convert(amount, base, r.value4())));
                    });
        }
        candidates.sort(Comparator.comparingLong(
                        (LargeTransaction t) -> Math.abs(t.baseAmount().minor()))
                .reversed()
                .thenComparing(LargeTransaction::date, Comparator.reverseOrder()));
        return candidates.subList(0, Math.min(count, candidates.size()));
    }

    private List<String> currencies() {
        return log.read(
                dsl -> dsl.selectDistinct(ACCOUNT.CURRENCY).from(ACCOUNT).fetch(ACCOUNT.CURRENCY));
    }
}
