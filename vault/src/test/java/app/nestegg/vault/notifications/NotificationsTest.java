package app.nestegg.vault.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.LedgerFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationsTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Notifications notifications;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        notifications = fx.ledger.notifications();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Notification budget(String key) {
        return notifications
                .add(NotificationKind.BUDGET_THRESHOLD, key, List.of("Groceries", "80", "400.00", "500.00", "2026-11"))
                .orElseThrow();
    }

    @Test
    void aNotificationIsStoredWithItsKindParametersAndTime() {
        Notification added = budget("budget:groceries:2026-11:80");

        assertThat(added.kind()).isEqualTo(NotificationKind.BUDGET_THRESHOLD);
        assertThat(added.params()).containsExactly("Groceries", "80", "400.00", "500.00", "2026-11");
        assertThat(added.createdAt()).isEqualTo(fx.vaults.clock.instant());
        assertThat(added.read()).isFalse();
        assertThat(added.announced()).isFalse();
        assertThat(notifications.newestFirst(10)).containsExactly(added);
    }

    @Test
    void theSameDedupeKeyIsStoredOnceAlsoAfterTheVaultOpensAgain() {
        budget("budget:groceries:2026-11:80");
        fx.vaults.clock.advance(Duration.ofHours(1));

        assertThat(notifications.add(NotificationKind.BUDGET_THRESHOLD, "budget:groceries:2026-11:80", List.of()))
                .isEmpty();
        fx.session.lock();
        VaultSession again = fx.vaults.unlock(folder.resolve("vault"));
        try {
            Notifications reopened = again.ledger().notifications();
            assertThat(reopened.add(NotificationKind.BUDGET_THRESHOLD, "budget:groceries:2026-11:80", List.of()))
                    .isEmpty();
            assertThat(reopened.newestFirst(10)).hasSize(1);
        } finally {
            again.lock();
        }
        fx = new LedgerFixture(folder.resolve("next"));
    }

    @Test
    void theHistoryIsNewestFirstAndTheUnannouncedOldestFirst() {
        Notification first = budget("a");
        fx.vaults.clock.advance(Duration.ofMinutes(1));
        Notification second = budget("b");

        assertThat(notifications.newestFirst(10)).containsExactly(second, first);
        assertThat(notifications.newestFirst(1)).containsExactly(second);
        assertThat(notifications.unannounced()).containsExactly(first, second);
    }

    @Test
    void announcingOnceTakesANotificationOutOfTheUnannounced() {
        Notification first = budget("a");
        Notification second = budget("b");

        assertThat(notifications.markAnnounced(List.of(first.id()))).isOne();
        assertThat(notifications.markAnnounced(List.of(first.id()))).isZero();
        assertThat(notifications.markAnnounced(Collections.emptyList())).isZero();

        assertThat(notifications.unannounced()).containsExactly(second);
        assertThat(notifications.newestFirst(10))
                .filteredOn(n -> n.id().equals(first.id()))
                .singleElement()
                .satisfies(n -> assertThat(n.announcedAt()).isEqualTo(fx.vaults.clock.instant()));
    }

    @Test
    void markAllReadClearsTheUnreadCount() {
        budget("a");
        budget("b");
        assertThat(notifications.unreadCount()).isEqualTo(2);

        assertThat(notifications.markAllRead()).isEqualTo(2);

        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.newestFirst(10)).allMatch(Notification::read);
        assertThat(notifications.markAllRead()).isZero();
    }

    @Test
    void deleteOlderThanKeepsTheLastDays() {
        budget("old");
        fx.vaults.clock.advance(Duration.ofDays(30));
        Notification recent = budget("recent");
        fx.vaults.clock.advance(Duration.ofDays(1));

        assertThat(notifications.deleteOlderThan(30)).isOne();

        assertThat(notifications.newestFirst(10)).containsExactly(recent);
        assertThat(notifications.add(NotificationKind.BUDGET_THRESHOLD, "old", List.of()))
                .as("a forgotten key may be produced again")
                .isPresent();
        assertThatThrownBy(() -> notifications.deleteOlderThan(0)).hasMessageContaining("at least 1 day");
    }

    @Test
    void aBlankOrLongKeyAndNullParametersAreRefused() {
        assertThatThrownBy(() -> notifications.add(NotificationKind.SYNC_PROBLEM, " ", List.of()))
                .hasMessageContaining("dedupe key");
        assertThatThrownBy(() -> notifications.add(NotificationKind.SYNC_PROBLEM, "k".repeat(201), List.of()))
                .hasMessageContaining("dedupe key");
        assertThatThrownBy(
                        () -> notifications.add(NotificationKind.SYNC_PROBLEM, "k", java.util.Arrays.asList("a", null)))
                .hasMessageContaining("never null");
        assertThatThrownBy(() -> notifications.add(NotificationKind.SYNC_PROBLEM, "k", List.of("x".repeat(4000))))
                .hasMessageContaining("at most 4000");
        assertThat(notifications.newestFirst(10)).isEmpty();
    }
}
