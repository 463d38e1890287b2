package app.nestegg.desktop.bank;

import app.nestegg.sync.engine.SyncReport;
import java.util.UUID;

/** The first sync after a bank was linked (or linked again), whichever provider it came through, told in words. */
final class LinkedSync {

    /** A linked (or linked again) connection and what its sync did, in words; {@code synced} false when it failed. */
    record Linked(UUID connectionId, String summary, boolean synced) {}

    private final BankAccess bank;
    private final ConnectionTexts texts;

    LinkedSync(BankAccess bank, ConnectionTexts texts) {
        this.bank = bank;
        this.texts = texts;
    }

    Linked sync(UUID connectionId, String institution) {
        SyncReport report = bank.engine().sync(connectionId);
        return new Linked(
                connectionId,
                texts.summary(institution, report, bank.session().ledger().accounts()),
                report.succeeded());
    }
}
