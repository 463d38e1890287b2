package app.nestegg.sync.jobs;

import app.nestegg.vault.ledger.networth.NetWorth;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Stores the net-worth snapshot of each day once it has ended: planned daily at 00:05, each run snapshots the day
 * before its planned time, so days the app was closed are caught up one by one. Storing a day again replaces it.
 */
public final class NetWorthSnapshotJob implements Job {

    public static final String NAME = "net-worth-snapshot";

    private static final Schedule JUST_AFTER_MIDNIGHT = new Schedule.DailyAt(LocalTime.of(0, 5));

    private final NetWorth netWorth;
    private final ZoneId zone;

    public NetWorthSnapshotJob(NetWorth netWorth, ZoneId zone) {
        this.netWorth = netWorth;
        this.zone = zone;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return JUST_AFTER_MIDNIGHT;
    }

    @Override
    public void run(JobContext context) {
        netWorth.snapshot(LocalDate.ofInstant(context.plannedAt(), zone).minusDays(1));
    }
}
