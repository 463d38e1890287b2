package app.nestegg.vault.ledger;

import app.nestegg.vault.ArchitectureExemption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.TableField;

/**
 * The month totals as the ledger's rows give them, one query per derived table with its columns in the table's order:
 * what a rebuild stores and what the consistency check compares the stored totals with, so both count alike.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason =
                "it replaces a month's derived totals with their recount; totals are rebuilt, never merged, so they stay"
                        + " out of the change log")
public final class TotalsRecount {

    /** {@code account_month_total}: per account and month, the sum and count of its transactions. */
    public static final String ACCOUNT_MONTHS = accountMonths("");

    /**
     * {@code category_month_total}: per category, month and currency, a transaction's own amount when it has no
     * splits, else each split's.
     */
    public static final String CATEGORY_MONTHS = categoryMonths("");

    /**
     * {@code uncategorised_month_total}: per month and currency, money in and out that no category holds, leaving out
     * transfers and the cash side of trades.
     */
    public static final String UNCATEGORISED_MONTHS = uncategorisedMonths("");

    /**
     * The condition that narrows a recount to the transactions of one month, with the month's first day and the next
     * month's first day to bind for each time it occurs: once in {@link #accountMonths}, twice in the others.
     */
    static final String IN_MONTH = " AND t.posted_on >= ? AND t.posted_on < ?";

    static String accountMonths(String andPostedOn) {
        return "SELECT t.account_id, CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE), SUM(t.amount), COUNT(*)"
                + " FROM ledger_transaction t WHERE TRUE" + andPostedOn
                + " GROUP BY t.account_id, CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE)";
    }

    static String categoryMonths(String andPostedOn) {
        return "SELECT category_id, month_start, currency, SUM(amount), COUNT(*)"
                + " FROM (SELECT t.category_id, CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE) month_start, a.currency,"
                + " t.amount FROM ledger_transaction t JOIN account a ON a.id = t.account_id"
                + " WHERE t.category_id IS NOT NULL" + andPostedOn
                + " AND NOT EXISTS (SELECT 1 FROM split s WHERE s.transaction_id = t.id)"
                + " UNION ALL"
                + " SELECT s.category_id, CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE), a.currency, s.amount"
                + " FROM split s JOIN ledger_transaction t ON t.id = s.transaction_id"
                + " JOIN account a ON a.id = t.account_id WHERE s.category_id IS NOT NULL" + andPostedOn
                + ") filed GROUP BY category_id, month_start, currency";
    }

    static String uncategorisedMonths(String andPostedOn) {
        return "SELECT month_start, currency,"
                + " SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END),"
                + " SUM(CASE WHEN amount < 0 THEN amount ELSE 0 END), COUNT(*) FROM ("
                + " SELECT CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE) month_start, a.currency, t.amount"
                + " FROM ledger_transaction t JOIN account a ON a.id = t.account_id"
                + " WHERE t.category_id IS NULL AND t.transfer_peer_id IS NULL" + andPostedOn
                + " AND NOT EXISTS (SELECT 1 FROM split s WHERE s.transaction_id = t.id)"
                + " AND NOT EXISTS (SELECT 1 FROM trade tr WHERE tr.cash_transaction_id = t.id)"
                + " UNION ALL"
                + " SELECT CAST(DATE_TRUNC('MONTH', t.posted_on) AS DATE), a.currency, s.amount"
                + " FROM split s JOIN ledger_transaction t ON t.id = s.transaction_id"
                + " JOIN account a ON a.id = t.account_id WHERE s.category_id IS NULL" + andPostedOn
                + ") unfiled GROUP BY month_start, currency";
    }

    /**
     * Replaces one month's rows of a derived table with what its recount (built with {@link #IN_MONTH}) gives for that
     * month; {@code insertInto} is the {@code INSERT INTO table (columns)} the recount's columns fill.
     */
    static void replaceMonth(
            DSLContext dsl, TableField<?, LocalDate> monthStart, String insertInto, String recount, LocalDate month) {
        dsl.deleteFrom(monthStart.getTable()).where(monthStart.eq(month)).execute();
        int conditions = recount.split(Pattern.quote(IN_MONTH), -1).length - 1;
        List<Object> bindings = new ArrayList<>();
        for (int i = 0; i < conditions; i++) {
            bindings.add(month);
            bindings.add(month.plusMonths(1));
        }
        dsl.execute(insertInto + " " + recount, bindings.toArray());
    }

    private TotalsRecount() {}
}
