package app.nestegg.benchmarks;

import app.nestegg.vault.ledger.Account;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs H2's {@code EXPLAIN ANALYZE} of the SQL behind the ledger benchmarks on a generated vault: which index each
 * query reads, whether the index gives the order ({@code index sorted}), and how many rows it scanned.
 *
 * <p>{@code LedgerExplain ROWS} uses the cached vault of that many rows; {@code LedgerExplain --at VAULT_FOLDER} one
 * made with {@code LedgerVault --fresh}.
 */
final class LedgerExplain {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerExplain.class);

    private LedgerExplain() {}

    public static void main(String[] args) throws IOException, SQLException {
        try (LedgerVault vault = args.length > 1 && args[0].equals("--at")
                ? LedgerVault.openAt(Path.of(args[1]))
                : LedgerVault.open(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000)) {
            Account largest = vault.largestAccount();
            String account = "'" + largest.id() + "'";
            LocalDate today = LedgerVault.END;
            String month = "'" + today.withDayOfMonth(1) + "'";
            String yearAgo = "'" + today.minusYears(1).plusDays(1) + "'";
            String day = "'" + today + "'";
            Connection c = vault.connection();
            String member;
            long newest;
            try (PreparedStatement statement =
                            c.prepareStatement("SELECT member_id, MAX(hlc) FROM change_log GROUP BY member_id");
                    ResultSet rs = statement.executeQuery()) {
                rs.next();
                member = "'" + rs.getString(1) + "'";
                newest = rs.getLong(2);
            }
            String threeYearsAgo = "'" + today.minusYears(3).minusMonths(1) + "'";
            for (String sql : List.of(
                    // a merge's own entries since the last merge: by member (before 29 Nov), then by time alone
                    "SELECT table_name, row_id FROM change_log WHERE member_id = " + member + " AND hlc > "
                            + (newest - 10),
                    "SELECT member_id, table_name, row_id FROM change_log WHERE hlc > " + (newest - 10),
                    // recurring detection's three years: H2's choice (before 29 Nov), then one pass over the table
                    "SELECT posted_on, payee, amount, account_id FROM ledger_transaction WHERE posted_on BETWEEN "
                            + threeYearsAgo + " AND " + day + " AND transfer_peer_id IS NULL AND amount <> 0",
                    "SELECT posted_on, payee, amount, account_id FROM ledger_transaction USE INDEX () WHERE posted_on"
                            + " BETWEEN " + threeYearsAgo + " AND " + day
                            + " AND transfer_peer_id IS NULL AND amount <> 0",
                    "SELECT * FROM ledger_transaction WHERE account_id = " + account
                            + " ORDER BY posted_on DESC, id DESC LIMIT 51",
                    "SELECT * FROM ledger_transaction WHERE account_id = " + account + " AND posted_on <= " + month
                            + " AND (posted_on < " + month + " OR id < '00000000-0000-0000-0000-000000000000')"
                            + " ORDER BY posted_on DESC, id DESC LIMIT 51",
                    "SELECT * FROM ledger_transaction WHERE account_id = " + account
                            + " ORDER BY account_id DESC, posted_on DESC, id DESC LIMIT 51",
                    "SELECT * FROM ledger_transaction WHERE account_id = " + account + " AND posted_on <= " + month
                            + " AND (posted_on < " + month + " OR id < '00000000-0000-0000-0000-000000000000')"
                            + " ORDER BY account_id DESC, posted_on DESC, id DESC LIMIT 51",
                    // what Register sends since V20: the ascending register index named, read backwards
                    "SELECT * FROM ledger_transaction USE INDEX (ledger_transaction_register) WHERE account_id = "
                            + account + " ORDER BY account_id DESC, posted_on DESC, id DESC LIMIT 51",
                    "SELECT * FROM ledger_transaction USE INDEX (ledger_transaction_register) WHERE account_id = "
                            + account + " AND posted_on <= " + month + " AND (posted_on < " + month
                            + " OR id < '00000000-0000-0000-0000-000000000000')"
                            + " ORDER BY account_id DESC, posted_on DESC, id DESC LIMIT 51",
                    "SELECT SUM(amount) FROM ledger_transaction WHERE account_id = " + account
                            + " AND posted_on BETWEEN " + month + " AND " + day + " AND (posted_on < " + day
                            + " OR id <= 'ffffffff-ffff-ffff-ffff-ffffffffffff')",
                    "SELECT SUM(total) FROM account_month_total WHERE account_id = " + account + " AND month_start < "
                            + month,
                    "SELECT * FROM ledger_transaction WHERE posted_on >= " + yearAgo + " AND posted_on <= " + day
                            + " AND (LOWER(payee) LIKE '%grocer%' OR LOWER(memo) LIKE '%grocer%'"
                            + " OR LOWER(notes) LIKE '%grocer%') ORDER BY posted_on DESC, id DESC LIMIT 51",
                    "SELECT account_id, SUM(total) FROM account_month_total JOIN account"
                            + " ON account.id = account_month_total.account_id WHERE month_start < " + month
                            + " GROUP BY account_id",
                    "SELECT ledger_transaction.account_id, SUM(amount) FROM ledger_transaction JOIN account"
                            + " ON account.id = ledger_transaction.account_id WHERE posted_on BETWEEN " + month
                            + " AND " + day + " GROUP BY ledger_transaction.account_id",
                    "SELECT account_id, SUM(amount) FROM ledger_transaction GROUP BY account_id")) {
                long start = System.nanoTime();
                try (PreparedStatement statement = c.prepareStatement("EXPLAIN ANALYZE " + sql);
                        ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    LOG.info("{} ms\n{}\n", Math.round((System.nanoTime() - start) / 1e5) / 10.0, rs.getString(1));
                }
            }
        }
    }
}
