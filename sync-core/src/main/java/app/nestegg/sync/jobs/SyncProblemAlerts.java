package app.nestegg.sync.jobs;

import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.notifications.NotificationKind;
import app.nestegg.vault.notifications.Notifications;
import java.util.List;

/**
 * Tells the person about bank connections that stopped syncing: one that needs linking again or failed, at once; one
 * with passing failures (outage, rate limit, network) only from the third failure in a row. One notification per connection, problem and stretch of failures: the key holds the time of the last success,
 * so a connection that failed, recovered and failed again is told again, but one that keeps failing is told once.
 */
public final class SyncProblemAlerts {

    static final int PASSING_FAILURES_TO_TELL = 3;

    private final BankConnections connections;
    private final Notifications notifications;

    public SyncProblemAlerts(BankConnections connections, Notifications notifications) {
        this.connections = connections;
        this.notifications = notifications;
    }

    /** Stores a notification for each connection with a problem not told yet; returns how many were new. */
    public int record() {
        int added = 0;
        for (BankConnection connection : connections.list()) {
            if (worthTelling(connection)
                    && notifications
                            .add(NotificationKind.SYNC_PROBLEM, key(connection), params(connection))
                            .isPresent()) {
                added++;
            }
        }
        return added;
    }

    private static boolean worthTelling(BankConnection connection) {
        return switch (connection.status()) {
            case NEEDS_RELINK, FAILED -> true;
            case RETRY_LATER -> connection.failureCount() >= PASSING_FAILURES_TO_TELL;
            case ACTIVE, DISCONNECTED -> false;
        };
    }

    private static String key(BankConnection connection) {
        String since = connection.lastSyncedAt() == null
                ? "never"
                : Long.toString(connection.lastSyncedAt().toEpochMilli());
        return "sync:" + connection.id() + ":" + connection.status() + ":" + since;
    }

    private static List<String> params(BankConnection connection) {
        String message =
                connection.lastError() == null ? "" : connection.lastError().message();
        return List.of(connection.institutionName(), connection.status().name(), message);
    }
}
