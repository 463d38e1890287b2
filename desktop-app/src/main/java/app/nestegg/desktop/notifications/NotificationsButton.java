package app.nestegg.desktop.notifications;

import app.nestegg.desktop.text.Messages;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;

/** The shell's bell ({@code #notificationsButton}): the unread count, accented while there is one; opens the panel. */
public final class NotificationsButton extends Button {

    public NotificationsButton(NotificationsViewModel notifications, Messages messages, Runnable open) {
        setId("notificationsButton");
        setOnAction(event -> open.run());
        notifications.unreadProperty().addListener((observable, old, count) -> show(messages, count.intValue()));
        show(messages, notifications.unreadProperty().get());
    }

    private void show(Messages messages, int unread) {
        setText(messages.format("notifications.button", unread));
        if (unread > 0) {
            if (!getStyleClass().contains(Styles.ACCENT)) {
                getStyleClass().add(Styles.ACCENT);
            }
        } else {
            getStyleClass().remove(Styles.ACCENT);
        }
    }
}
