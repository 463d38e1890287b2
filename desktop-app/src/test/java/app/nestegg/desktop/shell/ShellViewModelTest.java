package app.nestegg.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.vault.UnlockNotice;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private final SimpleObjectProperty<AppTheme> theme = new SimpleObjectProperty<>(AppTheme.LIGHT);
    private final AtomicInteger locks = new AtomicInteger();

    @Test
    void failedAttemptsSinceTheLastUnlockAreShownOnce() {
        ShellViewModel shell = new ShellViewModel(
                new UnlockNotice(3, Optional.of(Instant.parse("2026-03-01T08:15:00Z"))),
                TestVaults.messages(),
                theme,
                locks::incrementAndGet);

        assertThat(shell.noticeProperty().get()).startsWith("3 failed attempts since Mar 1, 2026, 8:15");
        shell.dismissNotice();
        assertThat(shell.noticeProperty().get()).isEmpty();
    }

    @Test
    void noFailuresNoNotice() {
        ShellViewModel shell =
                new ShellViewModel(UnlockNotice.NONE, TestVaults.messages(), theme, locks::incrementAndGet);

        assertThat(shell.noticeProperty().get()).isEmpty();
    }

    @Test
    void themeTogglesAndLockIsPassedOn() {
        ShellViewModel shell =
                new ShellViewModel(UnlockNotice.NONE, TestVaults.messages(), theme, locks::incrementAndGet);

        shell.toggleTheme();
        assertThat(theme.get()).isEqualTo(AppTheme.DARK);
        shell.toggleTheme();
        assertThat(theme.get()).isEqualTo(AppTheme.LIGHT);
        shell.lock();
        assertThat(locks).hasValue(1);
        assertThat(shell.pageProperty().get()).isEqualTo(Page.DASHBOARD);
    }
}
