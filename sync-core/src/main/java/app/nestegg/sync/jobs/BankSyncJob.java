package app.nestegg.sync.jobs;

import app.nestegg.sync.engine.SyncEngine;
import java.time.Duration;

/**
 * Syncs every bank connection that is due, every 6 hours. A connection's own failure is stored on the connection with
 * its own retry time (ADR 0021) and does not fail the job; the job fails only when the sync could not run at all.
 * Connections left with a problem are then told to the person ({@link SyncProblemAlerts}).
 */
public final class BankSyncJob implements Job {

    public static final String NAME = "bank-sync";

    private static final Schedule EVERY_SIX_HOURS = new Schedule.Every(Duration.ofHours(6));

    private final SyncEngine engine;
    private final SyncProblemAlerts problems;

    public BankSyncJob(SyncEngine engine, SyncProblemAlerts problems) {
        this.engine = engine;
        this.problems = problems;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return EVERY_SIX_HOURS;
    }

    @Override
    public void run(JobContext context) {
        engine.syncAll();
        problems.record();
    }
}
