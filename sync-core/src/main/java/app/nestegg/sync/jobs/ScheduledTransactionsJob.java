package app.nestegg.sync.jobs;

import app.nestegg.vault.ledger.recurring.Recurring;
import java.time.Duration;

/**
 * Enters the scheduled transactions due by today that are set to be entered automatically, every hour, when this vault
 * is the one that posts them. Each due day is entered once: the ledger settles a day and moves past it in one write.
 */
public final class ScheduledTransactionsJob implements Job {

    public static final String NAME = "scheduled-transactions";

    private static final Schedule HOURLY = new Schedule.Every(Duration.ofHours(1));

    private final Recurring recurring;

    public ScheduledTransactionsJob(Recurring recurring) {
        this.recurring = recurring;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return HOURLY;
    }

    @Override
    public void run(JobContext context) {
        recurring.scheduled().enterDue();
    }
}
