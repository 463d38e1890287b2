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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import org.jooq.Record4;

/**
 * The largest transactions between two days, by size whichever their sign, transfers left out (each would show twice).
 * One date-range read of four columns keeps each currency's largest rows; only those few are converted to the base
 * currency to rank them together, and only the winners' payees and names are read.
 */
final class LargeTransactions {

    private final ChangeLog log;
    private final ExchangeRates rates;

    LargeTransactions(ChangeLog log, ExchangeRates rates) {
        this.log = log;
        this.rates = rates;
    }

    List<LargeTransaction> largest(LocalDate from, LocalDate to, int count) {
        Map<UUID, Currency> currencies = log.read(dsl -> dsl.select(ACCOUNT.ID, ACCOUNT.CURRENCY)
                .from(ACCOUNT)
                .fetchMap(ACCOUNT.ID, r -> Currency.getInstance(r.value2())));
        Map<Currency, PriorityQueue<Candidate>> largestPerCurrency = new HashMap<>();
        // Transfers are skipped here rather than in SQL: "transfer_peer_id IS NULL" would lead H2 to the peer index,
        // which holds nearly every row, instead of the date index.
        log.read(dsl -> {
            try (var rows = dsl.select(
                            LEDGER_TRANSACTION.ID,
                            LEDGER_TRANSACTION.ACCOUNT_ID,
                            LEDGER_TRANSACTION.AMOUNT,
                            LEDGER_TRANSACTION.TRANSFER_PEER_ID)
                    .from(LEDGER_TRANSACTION)
                    .where(LEDGER_TRANSACTION.POSTED_ON.between(from, to))
                    .fetchLazy()) {
                rows.forEach(row -> keep(row, currencies, largestPerCurrency, count));
            }
            return null;
        });
        List<Candidate> candidates = largestPerCurrency.values().stream()
                .flatMap(PriorityQueue::stream)
                .toList();
        List<LargeTransaction> ranked = new ArrayList<>(details(candidates));
        ranked.sort(Comparator.comparingLong(
                        (LargeTransaction t) -> Math.abs(t.baseAmount().minor()))
                .reversed()
                .thenComparing(LargeTransaction::date, Comparator.reverseOrder())
                .thenComparing(LargeTransaction::id));
        return ranked.subList(0, Math.min(count, ranked.size()));
    }

    private static void keep(
            Record4<UUID, UUID, Long, UUID> row,
            Map<UUID, Currency> currencies,
            Map<Currency, PriorityQueue<Candidate>> largest,
            int count) {
        if (row.value4() != null) {
            return;
        }
        PriorityQueue<Candidate> kept = largest.computeIfAbsent(
                currencies.get(row.value2()), c -> new PriorityQueue<>(Comparator.comparingLong(Candidate::size)));
        kept.add(new Candidate(row.value1(), Math.abs(row.value3())));
        if (kept.size() > count) {
            kept.poll();
        }
    }

    private List<LargeTransaction> details(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Currency base = rates.baseCurrency();
        return log.read(dsl -> dsl.select(
                                LEDGER_TRANSACTION.ID,
                                LEDGER_TRANSACTION.ACCOUNT_ID,
                                ACCOUNT.NAME,
                                LEDGER_TRANSACTION.POSTED_ON,
                                LEDGER_TRANSACTION.PAYEE,
                                CATEGORY.NAME,
                                LEDGER_TRANSACTION.AMOUNT,
                                ACCOUNT.CURRENCY)
                        .from(LEDGER_TRANSACTION)
                        .join(ACCOUNT)
                        .on(ACCOUNT.ID.eq(LEDGER_TRANSACTION.ACCOUNT_ID))
                        .leftJoin(CATEGORY)
                        .on(CATEGORY.ID.eq(LEDGER_TRANSACTION.CATEGORY_ID))
                        .where(LEDGER_TRANSACTION.ID.in(
                                candidates.stream().map(Candidate::id).toList()))
                        .fetch())
                .map(r -> {
                    Money amount = new Money(r.value7(), Currency.getInstance(r.value8()));
                    return new LargeTransaction(
                            r.value1(),
                            r.value2(),
                            r.value3(),
                            r.value4(),
                            r.value5(),
                            r.value6() == null ? "" : r.value6(),
                            amount,
                            rates.convert(amount, base, r.value4()));
                });
    }

    private record Candidate(UUID id, long size) {}
}
