package app.nestegg.sync.jobs;

import app.nestegg.vault.ledger.recurring.ExpectedItem;
import app.nestegg.vault.ledger.recurring.ScheduledTransactions;
import app.nestegg.vault.notifications.NotificationKind;
import app.nestegg.vault.notifications.Notifications;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Tells of each confirmed bill (a scheduled transaction taking money out) due today or in the next
 * {@value #DAYS_AHEAD} days, once per bill and due day, whether it is entered automatically or waits for approval.
 */
public final class BillsDueJob implements Job {

    public static final String NAME = "bills-due";

    static final int DAYS_AHEAD = 3;

    private static final Schedule EVERY_SIX_HOURS = new Schedule.Every(Duration.ofHours(6));

    private final ScheduledTransactions scheduled;
    private final Notifications notifications;

    public BillsDueJob(ScheduledTransactions scheduled, Notifications notifications) {
        this.scheduled = scheduled;
        this.notifications = notifications;
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
        LocalDate today = LocalDate.now(context.clock());
        for (ExpectedItem bill : scheduled.expected(today, today.plusDays(DAYS_AHEAD))) {
            if (bill.amount().signum() < 0) {
                notifications.add(
                        NotificationKind.BILL_DUE,
                        "bill:" + bill.scheduledId() + ":" + bill.date(),
                        List.of(
                                bill.payee(),
                                bill.date().toString(),
                                bill.amount().negate().toString()));
            }
        }
    }
}
