package app.nestegg.vault.diagnostics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Splits that do not add up to their transaction, and transfer pairs that are not intact. */
final class LedgerShapeCheck {

    private LedgerShapeCheck() {}

    static void find(DSLContext dsl, List<Problem> problems) {
        for (Record r : dsl.fetch("SELECT t.id, t.amount, x.parts FROM ledger_transaction t JOIN ("
                + "SELECT transaction_id, SUM(amount) parts FROM split GROUP BY transaction_id) x"
                + " ON x.transaction_id = t.id WHERE x.parts <> t.amount ORDER BY t.id LIMIT " + LedgerCheck.LIMIT)) {
            problems.add(new Problem(
                    ProblemKind.SPLIT_SUM_MISMATCH,
                    "ledger_transaction",
                    List.of(r.get(0, UUID.class)),
                    "the splits add up to " + r.get(2, Long.class) + ", the transaction is " + r.get(1, Long.class)));
        }
        Set<Set<UUID>> pairs = new HashSet<>();
        for (Record r : dsl.fetch("SELECT t.id, t.transfer_peer_id, p.id, p.transfer_peer_id FROM ledger_transaction t"
                + " JOIN account a ON a.id = t.account_id"
                + " LEFT JOIN ledger_transaction p ON p.id = t.transfer_peer_id"
                + " LEFT JOIN account pa ON pa.id = p.account_id"
                + " WHERE t.transfer_peer_id IS NOT NULL AND (p.id IS NULL OR p.transfer_peer_id IS DISTINCT FROM t.id"
                + " OR (a.currency = pa.currency AND p.amount <> -t.amount)) ORDER BY t.id LIMIT "
                + LedgerCheck.LIMIT)) {
            UUID id = r.get(0, UUID.class);
            UUID peer = r.get(1, UUID.class);
            if (pairs.add(new HashSet<>(List.of(id, peer)))) {
                problems.add(
                        new Problem(ProblemKind.TRANSFER_BROKEN, "ledger_transaction", List.of(id, peer), reason(r)));
            }
        }
    }

    private static String reason(Record r) {
        if (r.get(2) == null) {
            return "the other leg is missing";
        }
        if (!r.get(0).equals(r.get(3))) {
            return "the other leg points at " + r.get(3);
        }
        return "the legs do not carry opposite amounts";
    }
}
