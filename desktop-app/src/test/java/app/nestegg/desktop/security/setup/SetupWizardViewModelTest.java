package app.nestegg.desktop.security.setup;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.security.setup.SetupWizardViewModel.Step;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.MfaState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupWizardViewModelTest {

    @TempDir
    Path root;

    private TestVaults vaults;
    private final AtomicReference<VaultSession> finished = new AtomicReference<>();
    private SetupWizardViewModel wizard;

    @BeforeEach
    void setUp() {
        vaults = new TestVaults(root);
        wizard = new SetupWizardViewModel(
                vaults.service(),
                vaults.folder(),
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                TestVaults.LEGAL,
                finished::set);
    }

    @AfterEach
    void lock() {
        wizard.dispose();
        if (finished.get() != null) {
            finished.get().lock();
        }
    }

    @Test
    void weakPassphraseKeepsNextDisabledAndExplainsWhy() {
        wizard.passphrase().passphraseProperty().set("password1");
        wizard.passphrase().repeatProperty().set("password1");

        assertThat(wizard.passphrase().meter().scoreProperty().get()).isLessThan(3);
        assertThat(wizard.passphrase().meter().feedbackProperty().get()).isNotBlank();
        assertThat(wizard.canGoNextProperty().get()).isFalse();
    }

    @Test
    void differentRepeatKeepsNextDisabled() {
        wizard.passphrase().passphraseProperty().set(TestVaults.PASSPHRASE);
        wizard.passphrase().repeatProperty().set(TestVaults.PASSPHRASE + "x");

        assertThat(wizard.passphrase().meter().acceptableProperty().get()).isTrue();
        assertThat(wizard.passphrase().mismatchProperty().get()).isNotEmpty();
        assertThat(wizard.canGoNextProperty().get()).isFalse();
    }

    @Test
    void termsMustBeAcceptedBeforeTheVaultIsCreated() {
        choosePassphrase();
        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(Step.TERMS);
        assertThat(wizard.canGoNextProperty().get()).isFalse();
        wizard.next();
        assertThat(vaults.service().status(vaults.folder()).exists()).isFalse();
    }

    @Test
    void createsVaultWithoutMfaAndShowsRecoveryKey() {
        reachMfaStep();
        wizard.skipMfa();

        assertThat(wizard.stepProperty().get()).isEqualTo(Step.SECRETS);
        assertThat(wizard.secrets().recoveryKeyProperty().get()).isNotBlank();
        assertThat(wizard.secrets().backupCodes()).isEmpty();
        wizard.finish();
        assertThat(finished.get()).isNotNull();
        assertThat(finished.get().mfaState()).isEqualTo(MfaState.OFF);
        assertThat(wizard.secrets().recoveryKeyProperty().get()).isEmpty();
    }

    @Test
    void wrongConfirmationCodeKeepsMfaPending() {
        reachMfaStep();
        wizard.mfa().begin();
        wizard.mfa().codeProperty().set("000000");
        wizard.mfa().confirm();

        assertThat(wizard.mfa().errorProperty().get()).contains("does not match");
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MFA);
    }

    @Test
    void createsVaultWithMfaThatTheNextUnlockNeeds() throws Exception {
        reachMfaStep();
        wizard.mfa().begin();
        assertThat(wizard.mfa().otpauthUriProperty().get()).startsWith("otpauth://totp/");
        byte[] secret = TestVaults.secret(wizard.mfa().manualSecretProperty().get());
        wizard.mfa().codeProperty().set(vaults.currentCode(secret));
        wizard.mfa().confirm();

        assertThat(wizard.stepProperty().get()).isEqualTo(Step.SECRETS);
        assertThat(wizard.secrets().backupCodes()).hasSize(10);
        Path file = root.resolve("recovery.txt");
        wizard.secrets().saveTo(file);
        assertThat(Files.readString(file))
                .contains(wizard.secrets().recoveryKeyProperty().get())
                .contains(wizard.secrets().backupCodes().getFirst());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        wizard.finish();
        finished.get().lock();

        try (var attempt = vaults.service().unlock(vaults.folder(), TestVaults.PASSPHRASE.toCharArray())) {
            assertThat(attempt.secondFactorRequired()).isTrue();
            attempt.complete(SecondFactor.authenticatorCode(vaults.nextCode(secret)))
                    .lock();
        }
    }

    private void reachMfaStep() {
        choosePassphrase();
        wizard.next();
        wizard.terms().acceptedProperty().set(true);
        wizard.next();
        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MFA);
        assertThat(vaults.service().status(vaults.folder()).exists()).isTrue();
        assertThat(wizard.passphrase().passphraseProperty().get()).isEmpty();
    }

    private void choosePassphrase() {
        wizard.passphrase().passphraseProperty().set(TestVaults.PASSPHRASE);
        wizard.passphrase().repeatProperty().set(TestVaults.PASSPHRASE);
        assertThat(wizard.canGoNextProperty().get()).isTrue();
    }
}
