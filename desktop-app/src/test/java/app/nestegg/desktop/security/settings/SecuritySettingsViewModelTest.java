package app.nestegg.desktop.security.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.security.MfaSetupViewModel;
import app.nestegg.vault.CheckItem;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.security.MfaState;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecuritySettingsViewModelTest {

    @TempDir
    Path root;

    private TestVaults vaults;
    private VaultSession session;
    private SecuritySettingsViewModel security;

    @BeforeEach
    void setUp() {
        vaults = new TestVaults(root);
        session = vaults.create();
        security = new SecuritySettingsViewModel(session, new SameThreadTaskExecutor(), TestVaults.messages());
        security.refresh();
    }

    @AfterEach
    void lock() {
        session.lock();
    }

    @Test
    void showsStateCheckupAndAuditOfANewVault() {
        assertThat(security.mfaStateProperty().get()).isEqualTo(MfaState.OFF);
        assertThat(security.autoLockMinutesProperty().get()).isEqualTo(15);
        assertThat(security.checkup())
                .extracting(CheckItem::name)
                .contains("Key derivation", "Two-step unlock", "File permissions", "Auto-lock");
        assertThat(security.audit())
                .extracting(SecuritySettingsViewModel.AuditRow::event)
                .containsExactly("Terms accepted", "Vault created");
    }

    @Test
    void turningMfaOnShowsBackupCodesAndCountsThem() {
        security.enableMfa();
        MfaSetupViewModel setup = security.enrollmentProperty().get();
        assertThat(setup.startedProperty().get()).isTrue();
        setup.codeProperty()
                .set(vaults.currentCode(
                        TestVaults.secret(setup.manualSecretProperty().get())));
        setup.confirm();

        assertThat(security.enrollmentProperty().get()).isNull();
        assertThat(security.mfaStateProperty().get()).isEqualTo(MfaState.ACTIVE);
        assertThat(security.backupCodesLeftProperty().get()).isEqualTo(10);
        assertThat(security.newCodes().backupCodes()).hasSize(10);
        assertThat(security.audit().getFirst().event()).isEqualTo("Two-step unlock on");
    }

    @Test
    void cancellingMfaSetUpLeavesItOff() {
        security.enableMfa();
        security.cancelMfaSetup();

        assertThat(security.enrollmentProperty().get()).isNull();
        assertThat(security.mfaStateProperty().get()).isEqualTo(MfaState.OFF);
    }

    @Test
    void regeneratingBackupCodesReplacesThem() {
        byte[] secret = enableMfa();
        security.newCodes().clear();
        vaults.clock().advance(java.time.Duration.ofSeconds(30));
        security.disableCodeProperty().set(vaults.currentCode(secret));

        security.regenerateBackupCodes();

        assertThat(security.newCodes().backupCodes()).hasSize(10);
        assertThat(security.statusProperty().get()).contains("old ones no longer work");
        assertThat(security.audit().getFirst().event()).isEqualTo("New backup codes");
        assertThat(secret).isNotEmpty();
    }

    @Test
    void regeneratingBackupCodesNeedsACurrentCode() {
        enableMfa();
        security.newCodes().clear();
        security.disableCodeProperty().set("000000");

        security.regenerateBackupCodes();

        assertThat(security.newCodes().backupCodes()).isEmpty();
        assertThat(security.errorProperty().get()).isNotBlank();
        assertThat(security.backupCodesLeftProperty().get()).isEqualTo(10);
    }

    @Test
    void turningMfaOffNeedsTheCurrentCode() {
        byte[] secret = enableMfa();

        security.disableCodeProperty().set("000000");
        security.disableMfa();
        assertThat(security.errorProperty().get()).contains("does not match");
        assertThat(security.mfaStateProperty().get()).isEqualTo(MfaState.ACTIVE);

        security.disableCodeProperty().set(vaults.nextCode(secret));
        security.disableMfa();
        assertThat(security.errorProperty().get()).isEmpty();
        assertThat(security.mfaStateProperty().get()).isEqualTo(MfaState.OFF);
    }

    @Test
    void autoLockDelayIsSavedAndUsedBySession() {
        security.autoLockMinutesProperty().set(5);
        security.applyAutoLock();

        assertThat(session.autoLock().delay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(security.statusProperty().get()).contains("5 minutes");
        assertThat(security.audit().getFirst().event()).isEqualTo("Auto-lock changed");
    }

    @Test
    void outOfRangeAutoLockDelayIsRefused() {
        security.autoLockMinutesProperty().set(24 * 60 + 1);
        security.applyAutoLock();

        assertThat(security.errorProperty().get()).startsWith("That entry has the wrong form");
        assertThat(session.autoLock().delay()).isEqualTo(Duration.ofMinutes(15));
    }

    private byte[] enableMfa() {
        security.enableMfa();
        MfaSetupViewModel setup = security.enrollmentProperty().get();
        byte[] secret = TestVaults.secret(setup.manualSecretProperty().get());
        setup.codeProperty().set(vaults.currentCode(secret));
        setup.confirm();
        return secret;
    }
}
