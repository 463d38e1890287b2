package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Keeps both sides of a transfer pointing at each other. A side whose peer is not shown, or points elsewhere, is shown
 * as a plain transaction (held, so it becomes a transfer again once the peer agrees). Two sides in accounts of the same
 * currency whose amounts are not opposite take the amount whose entry is newest, the other side its negation; across
 * currencies the amounts differ by the rate and are left as they are.
 */
final class TransferPairs {

    private final DSLContext dsl;
    private final Recompute recompute;

    TransferPairs(DSLContext dsl, Recompute recompute) {
        this.dsl = dsl;
        this.recompute = recompute;
    }

    /** The transactions with every peer they name and every row that names one of them, repeated until closed. */
    static Set<UUID> closure(DSLContext dsl, Recompute recompute, Set<UUID> ids) {
        Set<UUID> all = new HashSet<>(ids);
        Set<UUID> frontier = new HashSet<>(ids);
        while (!frontier.isEmpty()) {
            Set<UUID> next = new HashSet<>();
            recompute.folded("ledger_transaction", frontier).values().forEach(row -> {
                if (row.value("transfer_peer_id") instanceof String peer) {
                    next.add(UUID.fromString(peer));
                }
            });
            next.addAll(LogRows.matching(
                    dsl,
                    LEDGER_TRANSACTION,
                    LEDGER_TRANSACTION.TRANSFER_PEER_ID,
                    recompute.seenBefore("ledger_transaction", frontier)));
            next.removeAll(all);
            all.addAll(next);
            frontier = next;
        }
        return all;
    }

    void repair(Map<UUID, RowPlan> plans) {
        for (RowPlan side : plans.values()) {
            UUID peerId = side.visible ? side.get(LEDGER_TRANSACTION.TRANSFER_PEER_ID) : null;
            if (peerId == null) {
                continue;
            }
            RowPlan peer = plans.get(peerId);
            if (peer == null
                    || !peer.visible
                    || !side.id()
                            .equals(
                                    peer.fold.value("transfer_peer_id") instanceof String p
                                            ? UUID.fromString(p)
                                            : null)) {
                side.values.put(LEDGER_TRANSACTION.TRANSFER_PEER_ID, null);
                side.hold(
                        HeldReason.REFERENCE_CLEARED,
                        ConflictKind.TRANSFER_REPAIRED,
                        "its transfer side " + peerId + " is gone or belongs to another transfer, so it is shown as a"
                                + " plain transaction");
            }
        }
        Map<UUID, String> currencies = new HashMap<>();
        for (RowPlan side : plans.values()) {
            UUID peerId = side.visible ? side.get(LEDGER_TRANSACTION.TRANSFER_PEER_ID) : null;
            if (peerId == null || side.id().compareTo(peerId) > 0) {
                continue;
            }
            RowPlan peer = plans.get(peerId);
            long amount = side.get(LEDGER_TRANSACTION.AMOUNT);
            long peerAmount = peer.get(LEDGER_TRANSACTION.AMOUNT);
            if (amount == -peerAmount || !sameCurrency(side, peer, currencies)) {
                continue;
            }
            boolean sideNewer = side.fold.stampOf("amount").after(peer.fold.stampOf("amount"));
            RowPlan loser = sideNewer ? peer : side;
            loser.values.put(LEDGER_TRANSACTION.AMOUNT, -(sideNewer ? amount : peerAmount));
            loser.flag(ConflictKind.TRANSFER_REPAIRED, "its amount now mirrors the newer amount of its transfer side");
        }
    }

    private boolean sameCurrency(RowPlan side, RowPlan peer, Map<UUID, String> currencies) {
        return Objects.equals(currency(side, currencies), currency(peer, currencies));
    }

    private String currency(RowPlan side, Map<UUID, String> currencies) {
        UUID account = side.get(LEDGER_TRANSACTION.ACCOUNT_ID);
        return currencies.computeIfAbsent(account, id -> {
            RowPlan planned = recompute.plansOf("account").get(id);
            if (planned != null) {
                return planned.get(ACCOUNT.CURRENCY);
            }
            return dsl.select(ACCOUNT.CURRENCY)
                    .from(ACCOUNT)
                    .where(ACCOUNT.ID.eq(id))
                    .fetchOne(ACCOUNT.CURRENCY);
        });
    }
}
