package app.nestegg.desktop.security.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeleteVaultViewModelTest {

    @TempDir
    Path root;

    private TestVaults vaults;
    private VaultSession session;
    private final AtomicBoolean erased = new AtomicBoolean();
    private DeleteVaultViewModel delete;

    @AfterEach
    void lock() {
        if (session != null) {
            session.lock();
        }
    }

    private void open(VaultSession unlocked) {
        session = unlocked;
        delete = new DeleteVaultViewModel(
                session, new SameThreadTaskExecutor(), TestVaults.messages(), () -> erased.set(true));
        delete.load();
    }

    @Test
    void needsPassphraseCheckboxAndTypedWord() {
        vaults = new TestVaults(root);
        open(vaults.create());

        delete.passphraseProperty().set(TestVaults.PASSPHRASE);
        assertThat(delete.canDeleteProperty().get()).isFalse();
        delete.understoodProperty().set(true);
        delete.typedWordProperty().set("delet");
        assertThat(delete.canDeleteProperty().get()).isFalse();
        delete.typedWordProperty().set("delete");
        assertThat(delete.canDeleteProperty().get()).isTrue();

        delete.delete();

        assertThat(erased).isTrue();
        assertThat(Files.exists(vaults.folder().resolve("keyring.json"))).isFalse();
        assertThat(vaults.service().status(vaults.folder()).exists()).isFalse();
    }

    @Test
    void wrongPassphraseKeepsTheVault() {
        vaults = new TestVaults(root);
        open(vaults.create());
        confirm("not the passphrase");

        delete.delete();

        assertThat(erased).isFalse();
        assertThat(delete.errorProperty().get()).startsWith("The passphrase is wrong.");
        assertThat(vaults.service().status(vaults.folder()).exists()).isTrue();
    }

    @Test
    void withMfaOnACodeIsNeeded() {
        vaults = new TestVaults(root);
        byte[] secret = vaults.createWithMfa();
        open(vaults.service()
                .unlock(vaults.folder(), TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.authenticatorCode(vaults.nextCode(secret))));
        assertThat(delete.mfaActiveProperty().get()).isTrue();
        confirm(TestVaults.PASSPHRASE);
        assertThat(delete.canDeleteProperty().get()).isFalse();

        delete.codeProperty().set("000000");
        delete.delete();
        assertThat(delete.errorProperty().get()).contains("does not match");

        confirm(TestVaults.PASSPHRASE);
        delete.codeProperty().set(vaults.nextCode(secret));
        delete.delete();
        assertThat(erased).isTrue();
        assertThat(vaults.service().status(vaults.folder()).exists()).isFalse();
    }

    private void confirm(String passphrase) {
        delete.passphraseProperty().set(passphrase);
        delete.understoodProperty().set(true);
        delete.typedWordProperty().set("DELETE");
    }
}
