package app.nestegg.desktop.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.notifications.NotificationKind;
import app.nestegg.vault.notifications.Notifications;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationsViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private Notifications store;
    private final List<Announcement> shown = new ArrayList<>();

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        store = kit.ledger.notifications();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private NotificationsViewModel viewModel() {
        NotificationsViewModel notifications =
                new NotificationsViewModel(kit.session, new SameThreadTaskExecutor(), TestVaults.messages());
        notifications.announceTo(shown::add);
        return notifications;
    }

    private void budgetAlert(String category, String percent) {
        store.add(
                NotificationKind.BUDGET_THRESHOLD,
                "budget:" + category + ":2026-11:" + percent,
                List.of(category, percent, "410.00 USD", "500.00 USD", "2026-11"));
    }

    @Test
    void eachNewNotificationIsAnnouncedOnce() {
        budgetAlert("Groceries", "80");
        NotificationsViewModel notifications = viewModel();

        notifications.announceNew();
        notifications.announceNew();

        assertThat(shown)
                .containsExactly(new Announcement(
                        "Budget alert", "Groceries has used 80 % of its 2026-11 budget: 410.00 USD of 500.00 USD."));
        assertThat(notifications.history())
                .singleElement()
                .satisfies(row -> assertThat(row.read()).isFalse());
        assertThat(notifications.unreadProperty().get()).isOne();

        budgetAlert("Fuel", "100");
        notifications.announceNew();

        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).text()).startsWith("Fuel has used 100 %");
        assertThat(notifications.history()).extracting(NotificationRow::title).hasSize(2);
    }

    @Test
    void manyArrivingTogetherAreOneSummary() {
        for (String category : List.of("Groceries", "Fuel", "Restaurants", "Coffee")) {
            budgetAlert(category, "80");
        }

        viewModel().announceNew();

        assertThat(shown)
                .containsExactly(new Announcement(
                        "New notifications", "4 new notifications; the Notifications button lists them."));
        assertThat(store.unannounced()).isEmpty();
    }

    @Test
    void nothingShowsOnceStoppedAndTheRestWaitsForTheNextUnlock() {
        NotificationsViewModel locked = viewModel();
        locked.stop();
        budgetAlert("Groceries", "80");

        locked.announceNew();

        assertThat(shown).isEmpty();
        assertThat(store.unannounced()).hasSize(1);

        viewModel().announceNew();

        assertThat(shown).hasSize(1);
    }

    @Test
    void markAllReadClearsTheUnreadCount() {
        budgetAlert("Groceries", "80");
        budgetAlert("Fuel", "80");
        NotificationsViewModel notifications = viewModel();
        notifications.refresh();
        assertThat(notifications.unreadProperty().get()).isEqualTo(2);

        notifications.markAllRead();

        assertThat(notifications.unreadProperty().get()).isZero();
        assertThat(notifications.history()).allMatch(NotificationRow::read);
    }

    @Test
    void aSyncProblemSaysTheConnectionsStatusInWords() {
        store.add(
                NotificationKind.SYNC_PROBLEM,
                "sync:1:NEEDS_RELINK:never",
                List.of("First Platypus Bank", "NEEDS_RELINK", "The bank wants you to sign in again."));
        NotificationsViewModel notifications = viewModel();

        notifications.refresh();

        assertThat(notifications.history()).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Bank sync problem");
            assertThat(row.text())
                    .isEqualTo("First Platypus Bank stopped syncing (Needs you to sign in again): The bank"
                            + " wants you to sign in again.");
        });
    }

    @Test
    void oneStoredWhileOthersAreAnnouncedFollowsRightAfter() {
        budgetAlert("Groceries", "80");
        NotificationsViewModel notifications = viewModel();
        notifications.announceTo(announcement -> {
            shown.add(announcement);
            if (shown.size() == 1) { // a scheduled round ends while the first pop-up is being shown
                budgetAlert("Fuel", "80");
                notifications.announceNew();
            }
        });

        notifications.announceNew();

        assertThat(shown)
                .extracting(Announcement::text)
                .hasSize(2)
                .last()
                .asString()
                .startsWith("Fuel");
        assertThat(store.unannounced()).isEmpty();
    }
}
