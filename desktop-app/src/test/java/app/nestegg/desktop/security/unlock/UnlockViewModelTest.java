package app.nestegg.desktop.security.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.security.unlock.UnlockViewModel.Step;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.MfaEnrollment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockViewModelTest {

    @TempDir
    Path root;

    private TestVaults vaults;
    private final AtomicReference<VaultSession> unlocked = new AtomicReference<>();
    private UnlockViewModel unlock;

    @BeforeEach
    void setUp() {
        vaults = new TestVaults(root);
        unlock = newViewModel();
    }

    private UnlockViewModel newViewModel() {
        return new UnlockViewModel(
                vaults.service(), vaults.folder(), new SameThreadTaskExecutor(), TestVaults.messages(), unlocked::set);
    }

    @AfterEach
    void lock() {
        unlock.dispose();
        if (unlocked.get() != null) {
            unlocked.get().lock();
        }
    }

    @Test
    void rightPassphraseUnlocksAVaultWithoutMfa() {
        vaults.create().lock();

        type(TestVaults.PASSPHRASE);
        unlock.unlock();

        assertThat(unlocked.get()).isNotNull();
        assertThat(unlock.passphraseProperty().get()).isEmpty();
    }

    @Test
    void wrongPassphraseSaysHowManyAttemptsAreLeft() {
        vaults.create().lock();

        type(TestVaults.OTHER_PASSPHRASE);
        unlock.unlock();

        assertThat(unlocked.get()).isNull();
        assertThat(unlock.errorProperty().get())
                .isEqualTo("The passphrase is wrong. 4 more failures lock the vault for 30 minutes.");
        assertThat(unlock.passphraseProperty().get()).isEmpty();
    }

    @Test
    void fifthWrongPassphraseLocksOutWithACountdownThatEnds() {
        vaults.create().lock();

        for (int i = 0; i < 5; i++) {
            type(TestVaults.OTHER_PASSPHRASE);
            unlock.unlock();
        }

        assertThat(unlock.lockout().activeProperty().get()).isTrue();
        assertThat(unlock.lockout().messageProperty().get()).startsWith("Too many failed attempts. Try again in 30:00");
        type(TestVaults.PASSPHRASE);
        assertThat(unlock.canUnlockProperty().get()).isFalse();

        vaults.clock().advance(Duration.ofMinutes(12).plusSeconds(1));
        unlock.tick();
        assertThat(unlock.lockout().messageProperty().get()).contains("17:59");

        vaults.clock().advance(Duration.ofMinutes(18));
        unlock.tick();
        assertThat(unlock.lockout().activeProperty().get()).isFalse();
        unlock.unlock();
        assertThat(unlocked.get()).isNotNull();
        assertThat(unlocked.get().notice().failedAttempts()).isEqualTo(5);
    }

    @Test
    void aNewScreenShowsALockoutStillRunning() {
        vaults.create().lock();
        for (int i = 0; i < 5; i++) {
            type(TestVaults.OTHER_PASSPHRASE);
            unlock.unlock();
        }

        UnlockViewModel later = newViewModel();
        later.checkStatus();

        assertThat(later.lockout().activeProperty().get()).isTrue();
    }

    @Test
    void mfaAsksForTheCodeAfterThePassphrase() {
        byte[] secret = vaults.createWithMfa();

        type(TestVaults.PASSPHRASE);
        unlock.unlock();
        assertThat(unlock.stepProperty().get()).isEqualTo(Step.SECOND_FACTOR);
        assertThat(unlocked.get()).isNull();

        unlock.codeProperty().set("000000");
        unlock.verifyCode();
        assertThat(unlock.errorProperty().get()).startsWith("The authenticator code is wrong. 4 more failures");

        unlock.codeProperty().set(vaults.nextCode(secret));
        unlock.verifyCode();
        assertThat(unlocked.get()).isNotNull();
        assertThat(unlocked.get().notice().failedAttempts()).isEqualTo(1);
    }

    @Test
    void aBackupCodeUnlocksInsteadOfTheAuthenticatorCode() {
        vaults.create().lock();
        List<String> codes;
        try (VaultSession session = vaults.service()
                .unlock(vaults.folder(), TestVaults.PASSPHRASE.toCharArray())
                .complete(app.nestegg.vault.SecondFactor.none())) {
            MfaEnrollment enrollment = session.beginMfa("test");
            codes = enrollment.backupCodes().stream().map(String::valueOf).toList();
            session.confirmMfa(vaults.currentCode(TestVaults.secret(String.valueOf(enrollment.manualEntrySecret()))));
        }

        type(TestVaults.PASSPHRASE);
        unlock.unlock();
        unlock.useBackupCodeProperty().set(true);
        unlock.backupCodeProperty().set(codes.get(3));
        assertThat(unlock.canVerifyProperty().get()).isTrue();
        unlock.verifyCode();

        assertThat(unlocked.get()).isNotNull();
        assertThat(unlocked.get().backupCodesLeft()).isEqualTo(9);
    }

    @Test
    void wrongCodesCountTowardsTheLockout() {
        vaults.createWithMfa();
        type(TestVaults.PASSPHRASE);
        unlock.unlock();

        for (int i = 0; i < 5; i++) {
            unlock.codeProperty().set("000000");
            unlock.verifyCode();
        }

        assertThat(unlock.stepProperty().get()).isEqualTo(Step.PASSPHRASE);
        assertThat(unlock.lockout().activeProperty().get()).isTrue();
    }

    @Test
    void startOverGoesBackToThePassphrase() {
        vaults.createWithMfa();
        type(TestVaults.PASSPHRASE);
        unlock.unlock();

        unlock.startOver();

        assertThat(unlock.stepProperty().get()).isEqualTo(Step.PASSPHRASE);
        type(TestVaults.PASSPHRASE);
        unlock.unlock();
        assertThat(unlock.stepProperty().get()).isEqualTo(Step.SECOND_FACTOR);
    }

    private void type(String passphrase) {
        unlock.passphraseProperty().set(passphrase);
    }
}
