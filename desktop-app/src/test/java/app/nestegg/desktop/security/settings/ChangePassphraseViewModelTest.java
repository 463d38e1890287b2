package app.nestegg.desktop.security.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangePassphraseViewModelTest {

    @TempDir
    Path root;

    private TestVaults vaults;
    private VaultSession session;
    private final AtomicInteger changes = new AtomicInteger();
    private ChangePassphraseViewModel change;

    @BeforeEach
    void setUp() {
        vaults = new TestVaults(root);
        session = vaults.create();
        change = new ChangePassphraseViewModel(
                session, new SameThreadTaskExecutor(), TestVaults.messages(), changes::incrementAndGet);
    }

    @AfterEach
    void lock() {
        session.lock();
    }

    @Test
    void newPassphraseUnlocksAfterwards() {
        fill(TestVaults.PASSPHRASE, TestVaults.OTHER_PASSPHRASE);
        change.change();

        assertThat(change.statusProperty().get()).isEqualTo("Your passphrase was changed.");
        assertThat(changes.get()).isEqualTo(1);
        assertThat(change.form().passphraseProperty().get()).isEmpty();
        session.lock();
        session = vaults.service()
                .unlock(vaults.folder(), TestVaults.OTHER_PASSPHRASE.toCharArray())
                .complete(SecondFactor.none());
    }

    @Test
    void wrongCurrentPassphraseIsRefusedWithAttemptsLeft() {
        fill("not my passphrase", TestVaults.OTHER_PASSPHRASE);
        change.change();

        assertThat(change.errorProperty().get())
                .isEqualTo("The current passphrase is wrong. 4 more failures lock the vault for 30 minutes.");
        assertThat(changes.get()).isZero();
    }

    @Test
    void weakNewPassphraseCannotBeSubmitted() {
        fill(TestVaults.PASSPHRASE, "abc123");

        assertThat(change.canChangeProperty().get()).isFalse();
    }

    private void fill(String current, String chosen) {
        change.currentProperty().set(current);
        change.form().passphraseProperty().set(chosen);
        change.form().repeatProperty().set(chosen);
    }
}
