package app.nestegg.desktop.notifications;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The notification history ({@code #notificationsPanel}), newest first, each as a card ({@code .notification-row},
 * unread ones also {@code .unread}), with {@code #markAllRead} and {@code #closeNotifications}.
 */
public final class NotificationsPanel extends VBox {

    private final NotificationsViewModel notifications;
    private final Messages messages;
    private final VBox list = new VBox(8);

    public NotificationsPanel(NotificationsViewModel notifications, Messages messages, Runnable close) {
        super(12);
        this.notifications = notifications;
        this.messages = messages;
        setId("notificationsPanel");
        getStyleClass().add("screen-card");
        setMaxSize(560, 520);
        list.setId("notificationsList");
        notifications.history().addListener((ListChangeListener<NotificationRow>) change -> showRows());
        showRows();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);
        Button markAllRead = Views.button(
                "markAllRead", messages.get("notifications.markAllRead"), notifications::markAllRead, Styles.ACCENT);
        Button closeButton = Views.button("closeNotifications", messages.get("notifications.close"), close);
        HBox buttons = new HBox(8, markAllRead, closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(Views.title(messages.get("notifications.panelTitle")), scroll, buttons);
    }

    private void showRows() {
        if (notifications.history().isEmpty()) {
            list.getChildren().setAll(Views.label(messages.get("notifications.none"), Styles.TEXT_MUTED));
            return;
        }
        list.getChildren()
                .setAll(notifications.history().stream().map(this::card).toList());
    }

    private Node card(NotificationRow row) {
        Label text = Views.label(row.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(
                2,
                Views.label(row.title(), Styles.TEXT_BOLD),
                text,
                Views.label(
                        messages.format(row.read() ? "notifications.whenRead" : "notifications.whenUnread", row.when()),
                        Styles.TEXT_MUTED));
        card.getStyleClass().addAll("inset-box", "notification-row");
        if (!row.read()) {
            card.getStyleClass().add("unread");
        }
        return card;
    }
}
