package app.nestegg.desktop.bank;

import app.nestegg.desktop.bank.LinkedSync.Linked;
import app.nestegg.sync.engine.ProviderSetup;
import app.nestegg.sync.teller.TellerConnectListener;
import app.nestegg.sync.teller.TellerEnrollment;
import app.nestegg.sync.teller.TellerSettings;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankProviderKind;
import java.util.UUID;

/**
 * The blocking steps of linking a bank through Teller Connect, each one call from background work: the one-shot page
 * on 127.0.0.1 (for a new bank, or in repair mode for an enrollment that needs the person again), then the end of it:
 * store the enrollment's token and sync. Tokens stay inside; what comes out is words.
 */
final class TellerLinking {

    private final BankAccess bank;
    private final ConnectionTexts texts;
    private final LinkedSync linkedSync;

    TellerLinking(BankAccess bank, ConnectionTexts texts) {
        this.bank = bank;
        this.texts = texts;
        this.linkedSync = new LinkedSync(bank, texts);
    }

    /**
     * Serves Teller Connect's page and listens for what it posts back; the client's certificate is checked first so
     * the person does not sign in for nothing.
     *
     * @param repairConnection the connection whose enrollment Teller Connect repairs, or null for a new bank
     */
    TellerConnectListener start(UUID repairConnection) {
        ProviderSetup setup = bank.setup();
        TellerSettings settings = setup.tellerSettings();
        setup.teller();
        String enrollmentId = repairConnection == null
                ? null
                : bank.connections().get(repairConnection).providerItemId();
        return TellerConnectListener.start(settings, enrollmentId);
    }

    /** Stores the new enrollment as a connection under the bank Teller named, and syncs it once. */
    Linked finish(TellerEnrollment enrollment) {
        String institution = enrollment.institutionName() == null
                        || enrollment.institutionName().isBlank()
                ? texts.unknownInstitution()
                : enrollment.institutionName();
        BankConnection connection = bank.connections()
                .add(
                        BankProviderKind.TELLER,
                        institution,
                        enrollment.enrollmentId(),
                        enrollment.accessToken().value());
        return linkedSync.sync(connection.id(), institution);
    }

    /** After repair mode: the connection takes the token Teller handed back, becomes active again, and syncs. */
    Linked finishRepair(UUID connectionId, TellerEnrollment enrollment) {
        BankConnection connection = bank.connections()
                .relinked(connectionId, enrollment.accessToken().value());
        return linkedSync.sync(connectionId, connection.institutionName());
    }
}
