package app.nestegg.desktop.notifications;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.notifications.Notification;
import app.nestegg.vault.notifications.Notifications;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifications of the unlocked vault (docs/decisions/0026-notifications-and-budget-alerts.md): announces each new
 * one once as a pop-up (several at once as one summary), and holds the history and the unread count for the panel.
 * A notification counts as announced only after its pop-up was shown, so one stored while the vault locks is shown at
 * the next unlock; after {@link #stop()} nothing is shown.
 */
public final class NotificationsViewModel {

    /** How many notifications the panel lists, the newest. */
    public static final int HISTORY = 100;

    /** More notifications than this arriving together are announced as one summary. */
    static final int MAX_SEPARATE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(NotificationsViewModel.class);

    private final VaultSession session;
    private final TaskExecutor executor;
    private final Messages messages;
    private final NotificationTexts texts;
    private final ObservableList<NotificationRow> history = FXCollections.observableArrayList();
    private final ObservableList<NotificationRow> shownHistory = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper(this, "unread");
    private Consumer<Announcement> announcer = announcement -> {};
    private boolean announcing;
    private boolean askedAgain;
    private boolean stopped;

    public NotificationsViewModel(VaultSession session, TaskExecutor executor, Messages messages) {
        this.session = session;
        this.executor = executor;
        this.messages = messages;
        this.texts = new NotificationTexts(messages);
    }

    /** Where pop-ups go: the view's, called on the JavaFX thread. */
    public void announceTo(Consumer<Announcement> announcer) {
        this.announcer = announcer;
    }

    public ObservableList<NotificationRow> history() {
        return shownHistory;
    }

    public ReadOnlyIntegerProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }

    /** Reads the history and the unread count again. */
    public void refresh() {
        executor.execute(
                () -> new Loaded(store().newestFirst(HISTORY), store().unreadCount()),
                this::show,
                failure -> LOG.warn("Notifications could not be read: {}", failure.getMessage()));
    }

    /** Shows the notifications not announced yet, then records them as announced; does nothing after a stop. */
    public void announceNew() {
        if (stopped) {
            return;
        }
        if (announcing) {
            askedAgain = true; // what was stored meanwhile is announced right after
            return;
        }
        announcing = true;
        executor.execute(() -> store().unannounced(), this::announce, this::announceFailed);
    }

    public void markAllRead() {
        executor.execute(
                () -> store().markAllRead(),
                marked -> refresh(),
                failure -> LOG.warn("Notifications could not be marked read: {}", failure.getMessage()));
    }

    /** The vault is locking: no pop-up shows from now on. */
    public void stop() {
        stopped = true;
    }

    private void announce(List<Notification> fresh) {
        if (stopped || fresh.isEmpty()) {
            announced();
            return;
        }
        announcements(fresh).forEach(announcer);
        List<UUID> ids = fresh.stream().map(Notification::id).toList();
        executor.execute(
                () -> store().markAnnounced(ids),
                marked -> {
                    refresh();
                    announced();
                },
                this::announceFailed);
    }

    /** The vault's store; its calls block, so only inside the executor's work. */
    private Notifications store() {
        return session.ledger().notifications();
    }

    private void announced() {
        announcing = false;
        if (askedAgain) {
            askedAgain = false;
            announceNew();
        }
    }

    private void announceFailed(Exception failure) {
        LOG.warn("Notifications could not be announced: {}", failure.getMessage());
        announcing = false;
        askedAgain = false;
    }

    private List<Announcement> announcements(List<Notification> fresh) {
        if (fresh.size() > MAX_SEPARATE) {
            return List.of(new Announcement(
                    messages.get("notifications.summaryTitle"),
                    messages.format("notifications.summaryText", fresh.size())));
        }
        return fresh.stream()
                .map(notification -> new Announcement(texts.title(notification), texts.text(notification)))
                .toList();
    }

    private void show(Loaded loaded) {
        history.setAll(loaded.history().stream().map(this::row).toList());
        unread.set(loaded.unread());
    }

    private NotificationRow row(Notification notification) {
        return new NotificationRow(
                notification.id(),
                texts.title(notification),
                texts.text(notification),
                messages.dateTime(notification.createdAt()),
                notification.read());
    }

    private record Loaded(List<Notification> history, int unread) {}
}
