package app.nestegg.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.shell.AppFlowViewModel.Screen;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppFlowViewModelTest {

    @TempDir
    Path root;

    private TestVaults vaults;
    private AppFlowViewModel flow;

    @BeforeEach
    void setUp() {
        vaults = new TestVaults(root);
        flow = flowFor(vaults);
    }

    private AppFlowViewModel flowFor(TestVaults target) {
        return new AppFlowViewModel(
                target.service(), target.folder(), new SameThreadTaskExecutor(), TestVaults.messages());
    }

    @AfterEach
    void shutdown() {
        flow.shutdown();
    }

    @Test
    void noVaultStartsTheWizard() {
        flow.start();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.WIZARD);
    }

    @Test
    void anExistingVaultStartsAtTheUnlockScreenAndUnlockingOpensTheShell() {
        vaults.create().lock();
        flow.start();
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.UNLOCK);

        flow.unlocked(unlock(vaults));

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.SHELL);
        assertThat(flow.sessionProperty().get()).isNotNull();
    }

    @Test
    void newerTermsAreShownBeforeTheShell() {
        vaults.create().lock();
        TestVaults newerRelease = vaults.withTermsVersion(2);
        flow = flowFor(newerRelease);

        flow.unlocked(unlock(newerRelease));
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.TERMS);
        flow.acceptTerms();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.SHELL);
        assertThat(flow.sessionProperty().get().termsAcceptanceRequired()).isFalse();
    }

    @Test
    void unlockingTakesTheDailyBackupOnceADay() {
        vaults.create().lock();

        VaultSession first = unlock(vaults);
        flow.unlocked(first);
        assertThat(dailyBackups(first)).hasSize(1);
        flow.lock();
        flow.unlocked(unlock(vaults));
        assertThat(dailyBackups(flow.sessionProperty().get())).hasSize(1);
        flow.lock();
        vaults.clock().advance(Duration.ofHours(24));
        flow.unlocked(unlock(vaults));

        assertThat(dailyBackups(flow.sessionProperty().get())).hasSize(2);
    }

    @Test
    void theDailyBackupWaitsForNewerTermsToBeAccepted() {
        vaults.create().lock();
        TestVaults newerRelease = vaults.withTermsVersion(2);
        flow = flowFor(newerRelease);

        flow.unlocked(unlock(newerRelease));
        assertThat(dailyBackups(flow.sessionProperty().get())).isEmpty();
        flow.acceptTerms();

        assertThat(dailyBackups(flow.sessionProperty().get())).hasSize(1);
    }

    @Test
    void afterARestoreTheUnlockScreenSaysWhatHappenedUntilTheNextUnlock() {
        VaultSession session = vaults.create();
        flow.created(session);
        session.restore(session.backups().list().getFirst());

        flow.restored("Restored.");

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.UNLOCK);
        assertThat(flow.sessionProperty().get()).isNull();
        assertThat(flow.noticeProperty().get()).isEqualTo("Restored.");
        flow.unlocked(unlock(vaults));
        assertThat(flow.noticeProperty().get()).isEmpty();
    }

    @Test
    void lockingHidesTheShellAndLocksTheSession() {
        VaultSession session = vaults.create();
        flow.created(session);

        flow.lock();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.UNLOCK);
        assertThat(flow.sessionProperty().get()).isNull();
        assertThat(session.isLocked()).isTrue();
    }

    @Test
    void autoLockFollowsTheDelayAndActivityPostponesIt() {
        VaultSession session = vaults.create();
        session.setAutoLockDelay(Duration.ofMinutes(1));
        flow.created(session);

        vaults.clock().advance(Duration.ofSeconds(50));
        flow.userActivity();
        vaults.clock().advance(Duration.ofSeconds(50));
        flow.checkAutoLock();
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.SHELL);

        vaults.clock().advance(Duration.ofSeconds(11));
        flow.checkAutoLock();
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.UNLOCK);
        assertThat(session.isLocked()).isTrue();
    }

    @Test
    void aDamagedKeyringShowsTheProblem() throws Exception {
        vaults.create().lock();
        Files.writeString(vaults.folder().resolve("keyring.json"), "{ not a keyring");

        flow.start();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.PROBLEM);
        assertThat(flow.problemProperty().get()).isNotBlank();
    }

    @Test
    void afterErasingTheWizardStartsAgain() {
        flow.created(vaults.create());
        flow.erased();

        assertThat(flow.screenProperty().get()).isEqualTo(Screen.WIZARD);
    }

    private static List<BackupFile> dailyBackups(VaultSession session) {
        return session.backups().list().stream()
                .filter(backup -> backup.kind() == BackupKind.DAILY)
                .toList();
    }

    private static VaultSession unlock(TestVaults target) {
        return target.service()
                .unlock(target.folder(), TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.none());
    }
}
