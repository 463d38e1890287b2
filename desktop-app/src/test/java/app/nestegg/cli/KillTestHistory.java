package app.nestegg.cli;

import app.nestegg.sync.fake.plaid.FakeAccount;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakeTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sandbox Item goes through in the kill tests, the same on every fake with the same seed (so the rows keep
 * their ids): first a few dozen holds, synced before the kill; then an update of 5 pages of 500 in which two holds in
 * three post and the rest lapse, 2,100 new rows arrive over three accounts, and the posted rows change once more, so
 * that their pending rows' removals come on the first page and the posted rows on the last.
 */
final class KillTestHistory {

    /** Pages of 500 in the update: 2,100 new rows, 25 posted holds and 37 removals (the sandbox's own hold too). */
    static final int UPDATE_PAGES = 5;

    private static final int HOLDS = 36;

    private KillTestHistory() {}

    /** Card and checking holds from the last days, all still pending when the vault syncs them. */
    static void holds(FakeItem item, LocalDate today) {
        FakeAccount checking = item.account("depository", "checking");
        FakeAccount card = item.account("credit", "credit card");
        for (int i = 0; i < HOLDS; i++) {
            FakeAccount account = i % 2 == 0 ? card : checking;
            item.addPending(
                    account.accountId(),
                    today.minusDays(1 + i % 4),
                    BigDecimal.valueOf(1_000 + 37L * i, 2),
                    "HOLD " + (i % 2 == 0 ? "Cafe Luna" : "Fuel Stop") + " #" + i);
        }
    }

    /** The update a killed sync breaks into. */
    static void update(FakeItem item, LocalDate today) {
        List<FakeTransaction> holds =
                item.transactions().stream().filter(FakeTransaction::pending).toList();
        List<FakeTransaction> posted = new ArrayList<>();
        for (int i = 0; i < holds.size(); i++) {
            FakeTransaction hold = holds.get(i);
            if (i % 3 == 2) {
                item.removeTransaction(hold.transactionId());
            } else {
                BigDecimal tip = i % 2 == 0 ? new BigDecimal("1.50") : BigDecimal.ZERO;
                posted.add(item.postPending(
                        hold.transactionId(),
                        hold.amount().add(tip),
                        hold.date().plusDays(1)));
            }
        }
        item.generateTransactions(item.account("depository", "checking").accountId(), 1_000, today);
        item.generateTransactions(item.account("credit", "credit card").accountId(), 700, today);
        item.generateTransactions(item.account("depository", "savings").accountId(), 400, today);
        for (FakeTransaction row : posted) {
            item.modifyTransaction(row.transactionId(), changed -> changed.withName(row.name() + " POSTED", null));
        }
    }
}
