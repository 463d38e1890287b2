package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.WrongCredentialsException;
import app.nestegg.vault.store.VaultFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringFileTest {

    @TempDir
    Path temp;

    private final TestVaults vaults = new TestVaults();

    private Path vault() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        return folder;
    }

    private static void edit(Path folder, String from, String to) throws Exception {
        Path keyring = new VaultFolder(folder).keyring();
        String json = Files.readString(keyring);
        assertThat(json).contains(from);
        Files.writeString(keyring, json.replace(from, to));
    }

    @Test
    void parametersBelowTheMinimumAreRefusedBeforeAnyDerivation() throws Exception {
        Path folder = vault();
        edit(folder, "\"iterations\" : 3", "\"iterations\" : 1");

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("outside the allowed range");
    }

    @Test
    void aVaultIdThatIsNoIdIsRefusedAsDamaged() throws Exception {
        Path folder = vault();
        Path keyring = new VaultFolder(folder).keyring();
        Files.writeString(
                keyring, Files.readString(keyring).replaceFirst("\"vaultId\" : \"[^\"]*\"", "\"vaultId\" : \"no id\""));

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("not valid keyring JSON");
    }

    /** Found by the command line's corruption run: one flipped bit renamed the salt, and the unlock crashed. */
    @Test
    void aSaltWhoseNameWasDamagedIsAMissingFieldNotACrash() throws Exception {
        Path folder = vault();
        edit(folder, "\"salt\" :", "\"salu\" :");
        Path keyring = new VaultFolder(folder).keyring();
        byte[] damaged = Files.readAllBytes(keyring);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("a required field is missing");
        assertThat(Files.readAllBytes(keyring))
                .as("the refused keyring is left as it was")
                .isEqualTo(damaged);
    }

    @Test
    void absurdMemoryIsRefused() throws Exception {
        Path folder = vault();
        edit(folder, "\"memoryKiB\" : 65536", "\"memoryKiB\" : 999999999");

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("outside the allowed range");
    }

    @Test
    void raisedParametersBreakTheWrapBecauseTheyAreBoundToIt() throws Exception {
        Path folder = vault();
        edit(folder, "\"iterations\" : 3", "\"iterations\" : 4");

        assertThatThrownBy(() -> vaults.unlock(folder)).isInstanceOf(WrongCredentialsException.class);
    }

    @Test
    void anotherKdfAlgorithmIsRefused() throws Exception {
        Path folder = vault();
        edit(folder, "\"argon2id\"", "\"pbkdf2\"");

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("not Argon2id");
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        Path folder = vault();
        edit(folder, "\"format\" : 1", "\"format\" : 7");

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("format 7");
    }

    @Test
    void anOversizedKeyringIsRefused() throws Exception {
        Path folder = vault();
        Files.write(new VaultFolder(folder).keyring(), new byte[200_000]);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("far larger");
    }
}
