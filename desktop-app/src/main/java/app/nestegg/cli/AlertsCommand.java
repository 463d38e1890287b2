package app.nestegg.cli;

import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.notifications.Notification;
import app.nestegg.vault.notifications.NotificationKind;
import app.nestegg.vault.notifications.Notifications;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code alerts}: the notifications the app stored (budget thresholds, sync problems, …), newest first. Listing leaves
 * them unread, as the desktop's panel shows them; {@code --mark-read} marks every one read after listing.
 */
@Command(name = "alerts", sortOptions = false)
final class AlertsCommand implements Callable<Integer> {

    static final int MAX_LIMIT = 1000;

    private final Cli cli;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", order = 1)
    int limit;

    @Option(names = "--unread", order = 2)
    boolean unreadOnly;

    @Option(names = "--mark-read", order = 3)
    boolean markRead;

    AlertsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw CliFailure.usage(cli.text("alerts.badLimit", MAX_LIMIT));
        }
        List<Notification> listed;
        try (OpenVault vault = cli.openVault()) {
            Notifications notifications = vault.session().ledger().notifications();
            listed = notifications.newestFirst(limit).stream()
                    .filter(notification -> !unreadOnly || !notification.read())
                    .toList();
            if (markRead) {
                notifications.markAllRead();
            }
        }
        if (cli.options().json) {
            ArrayNode array = cli.jsonArray();
            listed.forEach(notification -> array.add(json(notification)));
            cli.printJson(array);
        } else {
            print(listed);
        }
        return ExitCodes.OK;
    }

    private void print(List<Notification> listed) {
        if (listed.isEmpty()) {
            cli.out().println(cli.text(unreadOnly ? "alerts.noneUnread" : "alerts.none"));
            return;
        }
        TextTable table = new TextTable(false, false, false, false);
        table.row(
                cli.text("alerts.header.when"),
                cli.text("alerts.header.kind"),
                cli.text("alerts.header.read"),
                cli.text("alerts.header.text"));
        for (Notification notification : listed) {
            table.row(
                    cli.time(notification.createdAt()),
                    notification.kind().name(),
                    cli.text(notification.read() ? "alerts.read" : "alerts.unread"),
                    text(notification));
        }
        table.print(cli.out(), "");
    }

    private ObjectNode json(Notification notification) {
        ObjectNode node = cli.jsonObject();
        node.put("id", notification.id().toString());
        node.put("kind", notification.kind().name());
        node.put("created_at", notification.createdAt().toString());
        node.put("title", cli.text("alerts.title." + notification.kind().name()));
        node.put("text", text(notification));
        ArrayNode params = node.putArray("params");
        notification.params().forEach(params::add);
        node.put("read", notification.read());
        node.put("announced", notification.announced());
        return node;
    }

    /** The kind's text key; a forecast warning with a credit limit among its parameters has its own text. */
    private static String textKey(Notification notification) {
        boolean creditLimit = notification.kind() == NotificationKind.OVERDRAFT_FORECAST
                && notification.params().size() > 3;
        return notification.kind().name() + (creditLimit ? ".creditLimit" : "");
    }

    /** The kind's text with the notification's parameters; a sync problem's status in words. */
    private String text(Notification notification) {
        Object[] params = notification.params().toArray();
        if (notification.kind() == NotificationKind.SYNC_PROBLEM && params.length > 1 && isStatus(params[1])) {
            params[1] = cli.text("bank.status." + params[1]);
        }
        return cli.text("alerts.text." + textKey(notification), params);
    }

    private static boolean isStatus(Object name) {
        return Arrays.stream(ConnectionStatus.values())
                .anyMatch(status -> status.name().equals(name));
    }
}
