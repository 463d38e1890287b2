package app.nestegg.desktop.notifications;

import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.notifications.Notification;
import app.nestegg.vault.notifications.NotificationKind;
import java.util.Arrays;

/** A notification's title and text from the bundle: the kind's text with its stored parameters. */
final class NotificationTexts {

    private final Messages messages;

    NotificationTexts(Messages messages) {
        this.messages = messages;
    }

    String title(Notification notification) {
        return messages.get("notifications.title." + notification.kind().name());
    }

    /** The kind's text; a sync problem's status in words. */
    String text(Notification notification) {
        Object[] params = notification.params().toArray();
        if (notification.kind() == NotificationKind.SYNC_PROBLEM && params.length > 1 && isStatus(params[1])) {
            params[1] = messages.get("bank.status." + params[1]);
        }
        boolean creditLimit = notification.kind() == NotificationKind.OVERDRAFT_FORECAST && params.length > 3;
        return messages.format(
                "notifications.text." + notification.kind().name() + (creditLimit ? ".creditLimit" : ""), params);
    }

    private static boolean isStatus(Object name) {
        return Arrays.stream(ConnectionStatus.values())
                .anyMatch(status -> status.name().equals(name));
    }
}
