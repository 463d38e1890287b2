package app.nestegg.desktop.notifications;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Shows announcements as ControlsFX notifications over the window that holds {@code anchor}. */
public final class PopupAnnouncer implements Consumer<Announcement> {

    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final Node anchor;

    public PopupAnnouncer(Node anchor) {
        this.anchor = anchor;
    }

    @Override
    public void accept(Announcement announcement) {
        Window window = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications.create()
                .title(announcement.title())
                .text(announcement.text())
                .owner(window)
                .hideAfter(SHOWN_FOR)
                .showInformation();
    }
}
