package app.nestegg.sync.jobs;

import app.nestegg.sync.engine.SyncEngine;
import app.nestegg.vault.ledger.Ledger;
import java.time.Clock;
import java.util.List;

/** The jobs the app schedules, in the order a due round runs them. */
public final class AppJobs {

    private AppJobs() {}

    public static List<Job> of(Ledger ledger, SyncEngine engine, Clock clock) {
        return List.of(
                new NetWorthSnapshotJob(ledger.netWorth(), clock.getZone()),
                new BankSyncJob(engine),
                new RecurringDetectionJob(ledger.recurring()),
                new ScheduledTransactionsJob(ledger.recurring()));
    }

    /** The scheduler over the app's jobs, with the default retries and time limits. */
    public static Scheduler scheduler(Ledger ledger, SyncEngine engine, Clock clock) {
        return new Scheduler(ledger.jobRuns(), of(ledger, engine, clock), clock);
    }
}
