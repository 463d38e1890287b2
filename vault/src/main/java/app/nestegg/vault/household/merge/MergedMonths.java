package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;

import app.nestegg.vault.ledger.Balances;
import app.nestegg.vault.store.ChangeWriter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The months whose totals a merge's plans can change, so that only they are counted again
 * (docs/decisions/0041-merge-cost-follows-the-bundle.md): the months of every transaction it recomputes and of the
 * transactions of every split it recomputes, as the tables hold them before the plans are written and after. Every
 * month is counted again instead when the plans touch a table that feeds the totals or net worth otherwise than through
 * its transactions' dates (accounts, categories, securities, prices, rates, trades, net-worth exclusions), or hold so
 * many transactions that one recount of the whole ledger is cheaper.
 */
final class MergedMonths {

    /** Shared tables whose rows no total and no net-worth snapshot reads. */
    static final Set<String> OUTSIDE_THE_TOTALS = Set.of(
            "category_group",
            "goal",
            "goal_account",
            "goal_contribution",
            "rule",
            "budget_amount",
            "budget_rollover",
            "reconciliation",
            "scheduled_transaction",
            "scheduled_occurrence");

    /** Above this many recomputed transactions and splits the whole ledger is counted again. */
    static final int MOST_ROWS = 10_000;

    /** Above this many months one recount of the whole ledger is cheaper than a recount per month. */
    static final int MOST_MONTHS = 12;

    private static final MergedMonths EVERY_MONTH = new MergedMonths(Set.of(), Set.of());

    private final Set<UUID> transactions;
    private final Set<UUID> splits;
    private final Set<LocalDate> months = new HashSet<>();

    private MergedMonths(Set<UUID> transactions, Set<UUID> splits) {
        this.transactions = transactions;
        this.splits = splits;
    }

    /** Reads the months the tables hold the plans' rows in, before they are written. */
    static MergedMonths before(DSLContext dsl, Map<String, Map<UUID, RowPlan>> plans) {
        for (String table : plans.keySet()) {
            if (!table.equals("ledger_transaction") && !table.equals("split") && !OUTSIDE_THE_TOTALS.contains(table)) {
                return EVERY_MONTH;
            }
        }
        Set<UUID> transactions =
                Set.copyOf(plans.getOrDefault("ledger_transaction", Map.of()).keySet());
        Set<UUID> splits = Set.copyOf(plans.getOrDefault("split", Map.of()).keySet());
        if (transactions.size() + splits.size() > MOST_ROWS) {
            return EVERY_MONTH;
        }
        MergedMonths merged = new MergedMonths(transactions, splits);
        merged.addMonthsHeld(dsl);
        return merged;
    }

    /** Counts the totals again after the plans were written: the months read before and those held now. */
    void rebuildTotals(Balances balances, ChangeWriter writer) {
        if (this == EVERY_MONTH) {
            balances.rebuildTotals(writer);
            return;
        }
        addMonthsHeld(writer.dsl());
        if (months.size() > MOST_MONTHS) {
            balances.rebuildTotals(writer);
        } else {
            balances.rebuildTotals(writer, months);
        }
    }

    private void addMonthsHeld(DSLContext dsl) {
        for (List<UUID> chunk : LogRows.chunks(transactions)) {
            addMonths(dsl.select(LEDGER_TRANSACTION.POSTED_ON)
                    .from(LEDGER_TRANSACTION)
                    .where(LEDGER_TRANSACTION.ID.in(chunk))
                    .fetch(LEDGER_TRANSACTION.POSTED_ON));
        }
        for (List<UUID> chunk : LogRows.chunks(splits)) {
            addMonths(dsl.select(LEDGER_TRANSACTION.POSTED_ON)
                    .from(SPLIT)
                    .join(LEDGER_TRANSACTION)
                    .on(LEDGER_TRANSACTION.ID.eq(SPLIT.TRANSACTION_ID))
                    .where(SPLIT.ID.in(chunk))
                    .fetch(LEDGER_TRANSACTION.POSTED_ON));
        }
    }

    private void addMonths(Collection<LocalDate> days) {
        days.forEach(day -> months.add(day.withDayOfMonth(1)));
    }
}
