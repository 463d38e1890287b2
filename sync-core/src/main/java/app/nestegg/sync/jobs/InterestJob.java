package app.nestegg.sync.jobs;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.interest.InterestPostings;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Posts the monthly interest of manual savings and loan accounts that have a rate (see {@link InterestPostings}).
 * Runs once a day (one run however many days the app was closed; the months it missed are caught up together), so a
 * month is posted on the first day after it that the app is open. Each account's month is its own write, checked as
 * posted before it is worked out, so a run cut short loses nothing.
 */
public final class InterestJob implements Job {

    public static final String NAME = "interest";

    private static final Schedule DAILY = new Schedule.Every(Duration.ofDays(1));

    private final InterestPostings interest;
    private final ZoneId zone;

    public InterestJob(InterestPostings interest, ZoneId zone) {
        this.interest = interest;
        this.zone = zone;
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
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), zone);
        for (Account account : interest.accruing()) {
            for (YearMonth month : interest.dueMonths(account, today)) {
                context.checkStop();
                interest.post(account, month);
            }
        }
    }
}
