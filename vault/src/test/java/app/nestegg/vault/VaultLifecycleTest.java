package app.nestegg.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.security.AuditEvent;
import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.KdfParameters;
import app.nestegg.vault.store.VaultFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultLifecycleTest {

    @TempDir
    Path temp;

    private final TestVaults vaults = new TestVaults();

    @Test
    void createdVaultUnlocksWithItsPassphraseAfterLocking() {
        Path folder = temp.resolve("vault");
        VaultSession created = vaults.create(folder);
        var id = created.vaultId();
        created.lock();

        try (VaultSession session = vaults.unlock(folder)) {
            assertThat(session.vaultId()).isEqualTo(id);
            assertThat(session.notice().hasFailures()).isFalse();
            assertThat(session.audit(10))
                    .extracting(AuditEvent::kind)
                    .contains(AuditKind.UNLOCKED, AuditKind.VAULT_CREATED, AuditKind.TERMS_ACCEPTED);
        }
    }

    @Test
    void vaultFolderAndFilesAreOwnerOnly() throws Exception {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void statusNeedsNoPassphrase() {
        Path folder = temp.resolve("vault");
        assertThat(vaults.service.status(folder).exists()).isFalse();
        vaults.create(folder).lock();

        VaultStatus status = vaults.service.status(folder);
        assertThat(status.exists()).isTrue();
        assertThat(status.mfaEnabled()).isFalse();
        assertThat(status.failedAttempts()).isZero();
        assertThat(status.lockedUntil()).isEmpty();
    }

    @Test
    void creationRequiresAcceptedTerms() {
        Path folder = temp.resolve("vault");
        assertThatThrownBy(() -> vaults.service.create(folder, TestVaults.PASSPHRASE.toCharArray(), false))
                .isInstanceOf(TermsNotAcceptedException.class);
        assertThat(folder).doesNotExist();
    }

    @Test
    void weakPassphraseIsRefusedWithFeedbackAndNothingIsWritten() {
        Path folder = temp.resolve("vault");
        assertThatThrownBy(() -> vaults.service.create(folder, "password123".toCharArray(), true))
                .isInstanceOf(WeakPassphraseException.class)
                .hasMessageContaining("too easy to guess")
                .satisfies(e ->
                        assertThat(((WeakPassphraseException) e).feedback()).isNotEmpty());
        assertThat(folder).doesNotExist();
    }

    @Test
    void creatingOverAnExistingVaultIsRefusedAndChangesNothing() throws Exception {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        byte[] keyring = Files.readAllBytes(new VaultFolder(folder).keyring());

        assertThatThrownBy(() -> vaults.create(folder)).isInstanceOf(VaultAlreadyExistsException.class);
        assertThat(Files.readAllBytes(new VaultFolder(folder).keyring())).isEqualTo(keyring);
    }

    @Test
    void wrongPassphraseIsReportedAsWrongWithAttemptsLeft() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();

        assertThatThrownBy(() -> vaults.service.unlock(folder, TestVaults.OTHER_PASSPHRASE.toCharArray()))
                .isInstanceOf(WrongCredentialsException.class)
                .hasMessageContaining("passphrase is wrong")
                .satisfies(e -> assertThat(((WrongCredentialsException) e).attemptsLeft())
                        .isEqualTo(4));
    }

    @Test
    void unlockingAMissingVaultSaysThereIsNone() {
        assertThatThrownBy(() -> vaults.service.unlock(temp.resolve("nothing"), "x".toCharArray()))
                .isInstanceOf(VaultNotFoundException.class)
                .hasMessageContaining("no vault");
    }

    @Test
    void changedPassphraseReplacesTheOldOneAndOpensTheSameDatabase() throws Exception {
        Path folder = temp.resolve("vault");
        VaultSession session = vaults.create(folder);
        session.lock();
        session = vaults.unlock(folder);
        session.changePassphrase(TestVaults.PASSPHRASE.toCharArray(), TestVaults.OTHER_PASSPHRASE.toCharArray());
        session.lock();

        assertThatThrownBy(() -> vaults.unlock(folder)).isInstanceOf(WrongCredentialsException.class);
        vaults.clock.advance(Duration.ofMinutes(1));
        try (VaultSession reopened = vaults.service
                .unlock(folder, TestVaults.OTHER_PASSPHRASE.toCharArray())
                .complete(SecondFactor.none())) {
            assertThat(reopened.audit(20)).extracting(AuditEvent::kind).contains(AuditKind.PASSPHRASE_CHANGED);
        }
    }

    @Test
    void changingThePassphraseChecksTheCurrentOne() {
        Path folder = temp.resolve("vault");
        try (VaultSession session = vaults.create(folder)) {
            assertThatThrownBy(() -> session.changePassphrase(
                            "not the passphrase at all".toCharArray(), TestVaults.OTHER_PASSPHRASE.toCharArray()))
                    .isInstanceOf(WrongCredentialsException.class);
        }
        vaults.clock.advance(Duration.ofMinutes(1));
        vaults.unlock(folder).lock();
    }

    @Test
    void recoveryKeySetsANewPassphrase() {
        Path folder = temp.resolve("vault");
        CreatedVault created = vaults.service.create(folder, TestVaults.PASSPHRASE.toCharArray(), true);
        char[] recoveryKey = created.recoveryKey().clone();
        created.session().lock();

        try (VaultSession session =
                vaults.service.recover(folder, recoveryKey, TestVaults.OTHER_PASSPHRASE.toCharArray())) {
            assertThat(session.audit(10)).extracting(AuditEvent::kind).contains(AuditKind.RECOVERY_USED);
        }
        vaults.service
                .unlock(folder, TestVaults.OTHER_PASSPHRASE.toCharArray())
                .complete(SecondFactor.none())
                .lock();
    }

    @Test
    void wrongRecoveryKeyCountsAsAFailedAttempt() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        char[] wrong = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH".toCharArray();

        assertThatThrownBy(() -> vaults.service.recover(folder, wrong, TestVaults.OTHER_PASSPHRASE.toCharArray()))
                .isInstanceOf(WrongCredentialsException.class)
                .hasMessageContaining("recovery key is wrong");
        assertThat(vaults.service.status(folder).failedAttempts()).isEqualTo(1);
    }

    @Test
    void malformedRecoveryKeyIsBadInput() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();

        assertThatThrownBy(() -> vaults.service.recover(
                        folder, "too short".toCharArray(), TestVaults.OTHER_PASSPHRASE.toCharArray()))
                .isInstanceOf(BadInputException.class);
        assertThat(vaults.service.status(folder).failedAttempts()).isZero();
    }

    @Test
    void eraseDestroysTheKeyringAndRemovesVaultBackupsAndLogs() throws Exception {
        Path folder = temp.resolve("vault");
        Path logs = temp.resolve("logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("nest-egg.log"), "a log line");
        VaultService service = new VaultService(vaults.environment(1, java.util.Optional.of(logs)));
        CreatedVault created = service.create(folder, TestVaults.PASSPHRASE.toCharArray(), true);
        Files.createDirectories(new VaultFolder(folder).backups());
        Files.writeString(new VaultFolder(folder).backups().resolve("old.backup"), "x");

        created.session().erase(TestVaults.PASSPHRASE.toCharArray(), SecondFactor.none());

        assertThat(folder).doesNotExist();
        assertThat(logs).doesNotExist();
        assertThat(created.session().isLocked()).isTrue();
    }

    @Test
    void eraseWithTheWrongPassphraseRemovesNothing() {
        Path folder = temp.resolve("vault");
        try (VaultSession session = vaults.create(folder)) {
            assertThatThrownBy(() -> session.erase("wrong wrong wrong".toCharArray(), SecondFactor.none()))
                    .isInstanceOf(WrongCredentialsException.class);
        }
        assertThat(new VaultFolder(folder).keyring()).exists();
        assertThat(new VaultFolder(folder).databaseFile()).exists();
    }

    @Test
    void newerTermsAskForAcceptanceAgain() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        VaultService newer = new VaultService(new TestVaults(2).environment(2, java.util.Optional.empty()));

        try (VaultSession session =
                newer.unlock(folder, TestVaults.PASSPHRASE.toCharArray()).complete(SecondFactor.none())) {
            assertThat(session.termsAcceptanceRequired()).isTrue();
            session.acceptTerms();
            assertThat(session.termsAcceptanceRequired()).isFalse();
        }
    }

    @Test
    void autoLockDelayIsStoredAndValidated() {
        Path folder = temp.resolve("vault");
        try (VaultSession session = vaults.create(folder)) {
            assertThat(session.autoLock().delay()).isEqualTo(AutoLock.DEFAULT_DELAY);
            session.setAutoLockDelay(Duration.ofMinutes(5));
            assertThatThrownBy(() -> session.setAutoLockDelay(Duration.ofSeconds(10)))
                    .isInstanceOf(BadInputException.class);
        }
        try (VaultSession session = vaults.unlock(folder)) {
            assertThat(session.autoLock().delay()).isEqualTo(Duration.ofMinutes(5));
            assertThat(session.autoLock().due()).isFalse();
            vaults.clock.advance(Duration.ofMinutes(5));
            assertThat(session.autoLock().due()).isTrue();
            session.autoLock().activity();
            assertThat(session.autoLock().due()).isFalse();
        }
    }

    @Test
    void lockedSessionRefusesWork() {
        VaultSession session = vaults.create(temp.resolve("vault"));
        session.lock();
        assertThatThrownBy(session::vaultId).isInstanceOf(VaultStateException.class);
    }

    @Test
    void checkupReportsKdfMfaPermissionsAndBackups() {
        try (VaultSession session = vaults.create(temp.resolve("vault"))) {
            assertThat(session.checkup())
                    .extracting(CheckItem::name)
                    .contains("Key derivation", "Two-step unlock", "File permissions", "Last backup", "Auto-lock");
            assertThat(session.checkup())
                    .filteredOn(item -> item.name().equals("Key derivation"))
                    .singleElement()
                    .satisfies(item -> assertThat(item.detail()).contains(KdfParameters.MINIMUM.describe()));
        }
    }

    @Test
    void vaultPathThatWouldInjectJdbcOptionsIsRefused() {
        Path folder = temp.resolve("vault;INIT=RUNSCRIPT FROM 'x'");
        assertThatThrownBy(() -> vaults.create(folder))
                .isInstanceOf(UnsafeVaultException.class)
                .hasMessageContaining("';'");
        assertThat(folder).doesNotExist();
    }

    @Test
    void failuresClearedByAPassphraseRecheckReachTheAuditLog() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        try (VaultSession session = vaults.unlock(folder)) {
            assertThatThrownBy(() -> vaults.service.unlock(folder, TestVaults.OTHER_PASSPHRASE.toCharArray()))
                    .isInstanceOf(WrongCredentialsException.class);
            session.changePassphrase(TestVaults.PASSPHRASE.toCharArray(), TestVaults.OTHER_PASSPHRASE.toCharArray());
            assertThat(session.audit(10))
                    .filteredOn(event -> event.kind() == AuditKind.UNLOCK_FAILED)
                    .singleElement()
                    .satisfies(event -> assertThat(event.detail()).isEqualTo("Wrong passphrase"));
        }
    }
}
