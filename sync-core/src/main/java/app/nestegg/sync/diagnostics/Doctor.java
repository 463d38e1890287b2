package app.nestegg.sync.diagnostics;

import app.nestegg.sync.jobs.JobStatus;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.diagnostics.Counters;
import app.nestegg.vault.diagnostics.LedgerCheck;
import app.nestegg.vault.diagnostics.StorageFacts;
import app.nestegg.vault.ledger.Ledger;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Puts a {@link DiagnosticsReport} together from an unlocked vault and its scheduler; only reads. */
public final class Doctor {

    private final VaultSession session;
    private final Supplier<List<JobStatus>> jobs;
    private final Clock clock;

    /** @param jobs the scheduler's statuses, one per job */
    public Doctor(VaultSession session, Supplier<List<JobStatus>> jobs, Clock clock) {
        this.session = session;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** @param javafx the JavaFX version where the desktop app runs, empty on the command line */
    public DiagnosticsReport examine(Optional<String> javafx) {
        Ledger ledger = session.ledger();
        return new DiagnosticsReport(
                clock.instant(),
                session.folder().path(),
                session.database().migrationState(),
                StorageFacts.of(session.folder()),
                new LedgerCheck(session.database(), ledger.changeLog().memberId()).run(),
                jobs.get(),
                ledger.bankConnections().list(),
                new Counters(ledger.changeLog(), clock).list(),
                RuntimeVersions.current(javafx));
    }
}
