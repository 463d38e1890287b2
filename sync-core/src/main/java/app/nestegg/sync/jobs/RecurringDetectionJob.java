package app.nestegg.sync.jobs;

import app.nestegg.vault.ledger.recurring.Recurring;
import java.time.Duration;

/**
 * Looks for bills and subscriptions in the ledger every 24 hours; once after days away is enough, since each run reads
 * the whole history. Idempotent: a series found before keeps its id and the person's decision.
 */
public final class RecurringDetectionJob implements Job {

    public static final String NAME = "recurring-detection";

    private static final Schedule DAILY = new Schedule.Every(Duration.ofHours(24));

    private final Recurring recurring;

    public RecurringDetectionJob(Recurring recurring) {
        this.recurring = recurring;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return DAILY;
    }

    @Override
    public void run(JobContext context) {
        recurring.detect();
    }
}
