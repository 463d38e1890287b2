package app.nestegg.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.security.AuditEvent;
import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.MfaEnrollment;
import app.nestegg.vault.security.MfaState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MfaTest {

    @TempDir
    Path temp;

    private final TestVaults vaults = new TestVaults();

    /** A vault with MFA on; returns the enrollment (URI and backup codes). */
    private MfaEnrollment vaultWithMfa(Path folder) {
        try (VaultSession session = vaults.create(folder)) {
            MfaEnrollment enrollment = session.beginMfa("test");
            assertThat(session.mfaState()).isEqualTo(MfaState.PENDING);
            session.confirmMfa(vaults.codeFor(enrollment.otpauthUri()));
            assertThat(session.mfaState()).isEqualTo(MfaState.ACTIVE);
            return enrollment;
        }
    }

    private UnlockAttempt passphraseStep(Path folder) {
        vaults.clock.advance(Duration.ofSeconds(31));
        return vaults.service.unlock(folder, TestVaults.PASSPHRASE.toCharArray());
    }

    @Test
    void enrollmentGivesAnAuthenticatorUriAndTenBackupCodes() {
        try (VaultSession session = vaults.create(temp.resolve("vault"))) {
            MfaEnrollment enrollment = session.beginMfa("alex");
            assertThat(enrollment.otpauthUri())
                    .startsWith("otpauth://totp/Nest%20Egg:alex?secret=")
                    .endsWith("&issuer=Nest%20Egg&algorithm=SHA1&digits=6&period=30");
            assertThat(enrollment.backupCodes()).hasSize(10);
        }
    }

    @Test
    void mfaIsActiveOnlyAfterACorrectCode() {
        try (VaultSession session = vaults.create(temp.resolve("vault"))) {
            session.beginMfa("alex");
            assertThatThrownBy(() -> session.confirmMfa("000000")).isInstanceOf(InvalidCodeException.class);
            assertThat(session.mfaState()).isEqualTo(MfaState.PENDING);
        }
        assertThat(vaults.service.status(temp.resolve("vault")).mfaEnabled()).isFalse();
        vaults.unlock(temp.resolve("vault")).lock();
    }

    @Test
    void unlockNeedsTheCodeOnceMfaIsOn() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        assertThat(vaults.service.status(folder).mfaEnabled()).isTrue();

        try (UnlockAttempt attempt = passphraseStep(folder)) {
            assertThat(attempt.secondFactorRequired()).isTrue();
            assertThatThrownBy(() -> attempt.complete(SecondFactor.none()))
                    .isInstanceOf(SecondFactorRequiredException.class);
            attempt.complete(SecondFactor.authenticatorCode(vaults.codeFor(enrollment.otpauthUri())))
                    .lock();
        }
    }

    @Test
    void aReplayedCodeIsRefused() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        vaults.clock.advance(Duration.ofSeconds(31));
        String code = vaults.codeFor(enrollment.otpauthUri());
        vaults.service
                .unlock(folder, TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.authenticatorCode(code))
                .lock();

        try (UnlockAttempt attempt = vaults.service.unlock(folder, TestVaults.PASSPHRASE.toCharArray())) {
            assertThatThrownBy(() -> attempt.complete(SecondFactor.authenticatorCode(code)))
                    .isInstanceOf(WrongCredentialsException.class)
                    .hasMessageContaining("authenticator code is wrong");
        }
    }

    @Test
    void aBackupCodeWorksExactlyOnce() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        String backupCode = new String(enrollment.backupCodes().get(3));

        try (VaultSession session = passphraseStep(folder).complete(SecondFactor.backupCode(backupCode))) {
            assertThat(session.backupCodesLeft()).isEqualTo(9);
            assertThat(session.audit(5)).extracting(AuditEvent::kind).contains(AuditKind.BACKUP_CODE_USED);
        }
        try (UnlockAttempt attempt = passphraseStep(folder)) {
            assertThatThrownBy(() -> attempt.complete(SecondFactor.backupCode(backupCode)))
                    .isInstanceOf(WrongCredentialsException.class)
                    .hasMessageContaining("backup code is wrong");
        }
    }

    @Test
    void wrongCodesCountTowardsTheLockout() {
        Path folder = temp.resolve("vault");
        vaultWithMfa(folder);
        try (UnlockAttempt attempt = passphraseStep(folder)) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> attempt.complete(SecondFactor.authenticatorCode("123456")))
                        .isInstanceOf(WrongCredentialsException.class);
            }
            assertThatThrownBy(() -> attempt.complete(SecondFactor.authenticatorCode("123456")))
                    .isInstanceOf(LockedOutException.class);
        }
        assertThatThrownBy(() -> vaults.service.unlock(folder, TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOf(LockedOutException.class);
    }

    @Test
    void regeneratingInvalidatesTheOldBackupCodes() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        List<char[]> fresh;
        UnlockAttempt first = passphraseStep(folder);
        String code = vaults.codeFor(enrollment.otpauthUri());
        try (VaultSession session = first.complete(SecondFactor.authenticatorCode(code))) {
            assertThatThrownBy(() -> session.regenerateBackupCodes("000000")).isInstanceOf(InvalidCodeException.class);
            fresh = session.regenerateBackupCodes(code);
            assertThat(session.backupCodesLeft()).isEqualTo(10);
        }
        try (UnlockAttempt attempt = passphraseStep(folder)) {
            assertThatThrownBy(() -> attempt.complete(SecondFactor.backupCode(
                            new String(enrollment.backupCodes().getFirst()))))
                    .isInstanceOf(WrongCredentialsException.class);
            attempt.complete(SecondFactor.backupCode(new String(fresh.getFirst())))
                    .lock();
        }
    }

    @Test
    void disablingNeedsACurrentCode() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        try (VaultSession session = passphraseStep(folder)
                .complete(SecondFactor.authenticatorCode(vaults.codeFor(enrollment.otpauthUri())))) {
            assertThatThrownBy(() -> session.disableMfa("000000")).isInstanceOf(InvalidCodeException.class);
            vaults.clock.advance(Duration.ofSeconds(31));
            session.disableMfa(vaults.codeFor(enrollment.otpauthUri()));
            assertThat(session.mfaState()).isEqualTo(MfaState.OFF);
            assertThat(session.backupCodesLeft()).isZero();
        }
        assertThat(vaults.service.status(folder).mfaEnabled()).isFalse();
        passphraseStep(folder).complete(SecondFactor.none()).lock();
    }

    @Test
    void eraseNeedsTheCodeWhenMfaIsOn() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        try (VaultSession session = passphraseStep(folder)
                .complete(SecondFactor.authenticatorCode(vaults.codeFor(enrollment.otpauthUri())))) {
            assertThatThrownBy(() -> session.erase(TestVaults.PASSPHRASE.toCharArray(), SecondFactor.none()))
                    .isInstanceOf(SecondFactorRequiredException.class);
            assertThat(folder).exists();
            session.erase(
                    TestVaults.PASSPHRASE.toCharArray(),
                    SecondFactor.backupCode(new String(enrollment.backupCodes().getFirst())));
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void theCodeThatUnlockedTheSessionAlsoTurnsMfaOffWhileCurrent() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        vaults.clock.advance(Duration.ofSeconds(31));
        String code = vaults.codeFor(enrollment.otpauthUri());
        try (VaultSession session = vaults.service
                .unlock(folder, TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.authenticatorCode(code))) {
            session.disableMfa(code);
            assertThat(session.mfaState()).isEqualTo(MfaState.OFF);
        }
    }

    @Test
    void theUnlockCodeConfirmsNothingOnceItIsNoLongerCurrent() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        vaults.clock.advance(Duration.ofSeconds(31));
        String code = vaults.codeFor(enrollment.otpauthUri());
        try (VaultSession session = vaults.service
                .unlock(folder, TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.authenticatorCode(code))) {
            vaults.clock.advance(Duration.ofMinutes(2));
            assertThatThrownBy(() -> session.disableMfa(code)).isInstanceOf(InvalidCodeException.class);
            assertThat(session.mfaState()).isEqualTo(MfaState.ACTIVE);
        }
    }

    @Test
    void theBackupCodeThatUnlockedTheSessionConfirmsEraseForTwoMinutes() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        String backupCode = new String(enrollment.backupCodes().get(5));
        try (VaultSession session = passphraseStep(folder).complete(SecondFactor.backupCode(backupCode))) {
            vaults.clock.advance(Duration.ofMinutes(3));
            assertThatThrownBy(() ->
                            session.erase(TestVaults.PASSPHRASE.toCharArray(), SecondFactor.backupCode(backupCode)))
                    .isInstanceOf(InvalidCodeException.class);
        }
        assertThat(folder).exists();
        String another = new String(enrollment.backupCodes().get(6));
        try (VaultSession session = passphraseStep(folder).complete(SecondFactor.backupCode(another))) {
            session.erase(TestVaults.PASSPHRASE.toCharArray(), SecondFactor.backupCode(another));
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void anUnconfirmedSetUpCanBeCancelled() {
        try (VaultSession session = vaults.create(temp.resolve("vault"))) {
            session.beginMfa("alex");
            session.cancelMfaSetup();
            assertThat(session.mfaState()).isEqualTo(MfaState.OFF);
            assertThat(session.backupCodesLeft()).isZero();
        }
    }

    @Test
    void aBackupCodeTurnsMfaOffForSomeoneWhoLostTheDevice() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        String opening = new String(enrollment.backupCodes().get(0));
        try (VaultSession session = passphraseStep(folder).complete(SecondFactor.backupCode(opening))) {
            session.disableMfa(opening);
            assertThat(session.mfaState()).isEqualTo(MfaState.OFF);
        }
    }

    @Test
    void anUnusedBackupCodeTurnsMfaOffAfterAnAuthenticatorUnlock() {
        Path folder = temp.resolve("vault");
        MfaEnrollment enrollment = vaultWithMfa(folder);
        try (VaultSession session = passphraseStep(folder)
                .complete(SecondFactor.authenticatorCode(vaults.codeFor(enrollment.otpauthUri())))) {
            session.disableMfa(new String(enrollment.backupCodes().get(2)));
            assertThat(session.mfaState()).isEqualTo(MfaState.OFF);
        }
    }
}
