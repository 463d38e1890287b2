package app.nestegg.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.security.AuditEvent;
import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.store.VaultFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockoutTest {

    @TempDir
    Path temp;

    private final TestVaults vaults = new TestVaults();

    private void failOnce(Path folder) {
        assertThatThrownBy(() -> vaults.service.unlock(folder, TestVaults.OTHER_PASSPHRASE.toCharArray()))
                .isInstanceOf(WrongCredentialsException.class);
    }

    @Test
    void fiveWrongPassphrasesLockTheVaultEvenForTheRightOne() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        for (int i = 0; i < 4; i++) {
            failOnce(folder);
        }
        Instant fifth = vaults.clock.instant();
        assertThatThrownBy(() -> vaults.service.unlock(folder, TestVaults.OTHER_PASSPHRASE.toCharArray()))
                .isInstanceOf(LockedOutException.class);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(LockedOutException.class)
                .hasMessageContaining("locked until")
                .satisfies(e -> assertThat(((LockedOutException) e).lockedUntil())
                        .isAfterOrEqualTo(fifth.plus(Duration.ofMinutes(29))));
    }

    @Test
    void lockoutSurvivesANewServiceAsInANewProcess() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        for (int i = 0; i < 4; i++) {
            failOnce(folder);
        }
        assertThatThrownBy(() -> vaults.service.unlock(folder, TestVaults.OTHER_PASSPHRASE.toCharArray()))
                .isInstanceOf(LockedOutException.class);

        VaultService restarted = new VaultService(vaults.environment(1, java.util.Optional.empty()));
        assertThatThrownBy(() -> restarted.unlock(folder, TestVaults.PASSPHRASE.toCharArray()))
                .isInstanceOf(LockedOutException.class);
        assertThat(restarted.status(folder).lockedUntil()).isPresent();
    }

    @Test
    void theRightPassphraseWorksAgainAfterThirtyMinutesAndReportsTheFailures() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        Instant firstFailure = vaults.clock.instant();
        for (int i = 0; i < 4; i++) {
            failOnce(folder);
        }
        assertThatThrownBy(() -> vaults.service.unlock(folder, TestVaults.OTHER_PASSPHRASE.toCharArray()))
                .isInstanceOf(LockedOutException.class);

        vaults.clock.advance(Duration.ofMinutes(29));
        assertThatThrownBy(() -> vaults.unlock(folder)).isInstanceOf(LockedOutException.class);
        vaults.clock.advance(Duration.ofMinutes(1));

        try (VaultSession session = vaults.unlock(folder)) {
            assertThat(session.notice().failedAttempts()).isEqualTo(5);
            assertThat(session.notice().firstFailureAt()).contains(firstFailure);
            assertThat(session.audit(50))
                    .extracting(AuditEvent::kind)
                    .containsSubsequence(AuditKind.UNLOCKED, AuditKind.LOCKED_OUT)
                    .filteredOn(kind -> kind == AuditKind.UNLOCK_FAILED)
                    .hasSize(5);
        }
        assertThat(vaults.service.status(folder).failedAttempts()).isZero();
    }

    @Test
    void attemptsAfterAFailureWaitAGrowingDelay() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        for (int i = 0; i < 4; i++) {
            failOnce(folder);
        }
        // Before attempts 2..4 the guard paused 1, 2 and 4 seconds after the previous failure.
        assertThat(vaults.pauses).hasSize(3);
        assertThat(Duration.between(vaults.pauses.get(0), vaults.pauses.get(1)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(Duration.between(vaults.pauses.get(1), vaults.pauses.get(2)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aSuccessResetsTheCount() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        for (int i = 0; i < 4; i++) {
            failOnce(folder);
        }
        vaults.unlock(folder).lock();
        for (int i = 0; i < 4; i++) {
            failOnce(folder);
        }
        vaults.unlock(folder).lock();
    }

    @Test
    void aWrongPassphraseChangesNoFileButTheLockoutState() throws Exception {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        VaultFolder files = new VaultFolder(folder);
        byte[] database = Files.readAllBytes(files.databaseFile());
        byte[] keyring = Files.readAllBytes(files.keyring());
        byte[] seal = Files.readAllBytes(files.seal());

        failOnce(folder);

        assertThat(Files.readAllBytes(files.databaseFile())).isEqualTo(database);
        assertThat(Files.readAllBytes(files.keyring())).isEqualTo(keyring);
        assertThat(Files.readAllBytes(files.seal())).isEqualTo(seal);
        assertThat(files.lockout()).exists();
    }

    @Test
    void anUnreadableLockoutFileStartsCleanAndIsReported() throws Exception {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        Files.writeString(new VaultFolder(folder).lockout(), "{ not json");

        try (VaultSession session = vaults.unlock(folder)) {
            assertThat(session.audit(10))
                    .extracting(AuditEvent::detail)
                    .anyMatch(detail -> detail.contains("lockout state file was unreadable"));
        }
    }
}
