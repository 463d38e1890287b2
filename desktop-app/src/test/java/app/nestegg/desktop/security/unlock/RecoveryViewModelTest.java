package app.nestegg.desktop.security.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryViewModelTest {

    @TempDir
    Path root;

    private TestVaults vaults;
    private String recoveryKey;
    private final AtomicReference<VaultSession> unlocked = new AtomicReference<>();
    private RecoveryViewModel recovery;

    @BeforeEach
    void setUp() {
        vaults = new TestVaults(root);
        recoveryKey = vaults.createForRecovery();
        recovery = new RecoveryViewModel(
                vaults.service(), vaults.folder(), new SameThreadTaskExecutor(), TestVaults.messages(), unlocked::set);
    }

    @AfterEach
    void lock() {
        if (unlocked.get() != null) {
            unlocked.get().lock();
        }
    }

    @Test
    void theRecoveryKeySetsANewPassphraseAndUnlocks() {
        fill(recoveryKey, TestVaults.OTHER_PASSPHRASE);
        recovery.recover();

        assertThat(recovery.errorProperty().get()).isEmpty();
        assertThat(unlocked.get()).isNotNull();
        unlocked.get().lock();
        unlocked.set(vaults.service()
                .unlock(vaults.folder(), TestVaults.OTHER_PASSPHRASE.toCharArray())
                .complete(SecondFactor.none()));
    }

    @Test
    void aWrongRecoveryKeyCountsAsAFailedAttempt() {
        String wrong = recoveryKey.charAt(0) == 'A' ? "B" + recoveryKey.substring(1) : "A" + recoveryKey.substring(1);
        fill(wrong, TestVaults.OTHER_PASSPHRASE);
        recovery.recover();

        assertThat(unlocked.get()).isNull();
        assertThat(recovery.errorProperty().get()).startsWith("The recovery key is wrong. 4 more failures");
    }

    @Test
    void aMistypedRecoveryKeyIsExplained() {
        fill("not a key", TestVaults.OTHER_PASSPHRASE);
        recovery.recover();

        assertThat(recovery.errorProperty().get()).startsWith("That entry has the wrong form");
    }

    private void fill(String key, String passphrase) {
        recovery.recoveryKeyProperty().set(key);
        recovery.form().passphraseProperty().set(passphrase);
        recovery.form().repeatProperty().set(passphrase);
        assertThat(recovery.canRecoverProperty().get()).isTrue();
    }
}
