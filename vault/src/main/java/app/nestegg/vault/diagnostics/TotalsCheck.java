package app.nestegg.vault.diagnostics;

import app.nestegg.vault.ledger.TotalsRecount;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The stored month totals against a recount of the ledger's rows, in one grouped query per table: the stored rows
 * added and the recount subtracted, so a key whose sums are not zero differs. Balances are read from the account
 * totals, so this is also the check that every balance equals its opening balance plus its transactions.
 */
final class TotalsCheck {

    private TotalsCheck() {}

    static void find(DSLContext dsl, List<Problem> problems) {
        for (Record r : dsl.fetch("SELECT account_id, month_start, SUM(total), SUM(entries) FROM ("
                + "SELECT account_id, month_start, total, entries FROM account_month_total UNION ALL"
                + " SELECT account_id, month_start, -total, -entries FROM (" + TotalsRecount.ACCOUNT_MONTHS
                + ") r(account_id, month_start, total, entries)) x GROUP BY account_id, month_start"
                + " HAVING SUM(total) <> 0 OR SUM(entries) <> 0 ORDER BY account_id, month_start LIMIT "
                + LedgerCheck.LIMIT)) {
            problems.add(new Problem(
                    ProblemKind.BALANCE_TOTAL_MISMATCH,
                    "account_month_total",
                    List.of(r.get(0, UUID.class)),
                    difference(r.get(1) + "", r.get(2, Long.class), r.get(3, Long.class))));
        }
        for (Record r : dsl.fetch("SELECT category_id, month_start, currency, SUM(total), SUM(entries) FROM ("
                + "SELECT category_id, month_start, currency, total, entries FROM category_month_total UNION ALL"
                + " SELECT category_id, month_start, currency, -total, -entries FROM (" + TotalsRecount.CATEGORY_MONTHS
                + ") r(category_id, month_start, currency, total, entries)) x"
                + " GROUP BY category_id, month_start, currency HAVING SUM(total) <> 0 OR SUM(entries) <> 0"
                + " ORDER BY category_id, month_start, currency LIMIT " + LedgerCheck.LIMIT)) {
            problems.add(new Problem(
                    ProblemKind.CATEGORY_TOTAL_MISMATCH,
                    "category_month_total",
                    List.of(r.get(0, UUID.class)),
                    difference(r.get(1) + " " + r.get(2), r.get(3, Long.class), r.get(4, Long.class))));
        }
        for (Record r : dsl.fetch("SELECT month_start, currency, SUM(inflow), SUM(outflow), SUM(entries) FROM ("
                + "SELECT month_start, currency, inflow, outflow, entries FROM uncategorised_month_total UNION ALL"
                + " SELECT month_start, currency, -inflow, -outflow, -entries FROM ("
                + TotalsRecount.UNCATEGORISED_MONTHS + ") r(month_start, currency, inflow, outflow, entries)) x"
                + " GROUP BY month_start, currency"
                + " HAVING SUM(inflow) <> 0 OR SUM(outflow) <> 0 OR SUM(entries) <> 0"
                + " ORDER BY month_start, currency LIMIT " + LedgerCheck.LIMIT)) {
            problems.add(new Problem(
                    ProblemKind.UNCATEGORISED_TOTAL_MISMATCH,
                    "uncategorised_month_total",
                    List.of(),
                    difference(
                            r.get(0) + " " + r.get(1),
                            r.get(2, Long.class) + r.get(3, Long.class),
                            r.get(4, Long.class))));
        }
    }

    private static String difference(String key, long amount, long entries) {
        return key + ": the stored total is off by " + amount + " minor units and " + entries + " entries";
    }
}
