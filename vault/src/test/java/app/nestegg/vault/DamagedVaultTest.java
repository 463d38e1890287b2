package app.nestegg.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.store.VaultFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DamagedVaultTest {

    @TempDir
    Path temp;

    private final TestVaults vaults = new TestVaults();

    @ParameterizedTest(name = "byte at {0} of the database flipped")
    @ValueSource(doubles = {0.0, 0.001, 0.25, 0.5, 0.75, 0.999})
    void aFlippedByteInTheDatabaseIsDamagedNotAWrongPassphraseAndChangesNoFile(double where) throws IOException {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        VaultFolder files = new VaultFolder(folder);
        byte[] database = Files.readAllBytes(files.databaseFile());
        int offset = (int) (where * (database.length - 1));
        database[offset] ^= 0x10;
        Files.write(files.databaseFile(), database);
        Map<Path, byte[]> before = snapshot(folder);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("damaged")
                .hasMessageNotContaining("passphrase");
        assertThat(snapshot(folder)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(vaults.service.status(folder).failedAttempts()).isZero();
    }

    @Test
    void damageNamesTheNewestBackup() throws IOException {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        VaultFolder files = new VaultFolder(folder);
        Files.createDirectories(files.backups());
        Path backup = Files.writeString(files.backups().resolve("nestegg-20261126T100000000Z-daily.zip"), "backup");
        Files.write(files.databaseFile(), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining(backup.toString())
                .satisfies(e ->
                        assertThat(((VaultDamagedException) e).newestBackup()).contains(backup));
    }

    @Test
    void aMissingDatabaseIsDamaged() throws IOException {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        Files.delete(new VaultFolder(folder).databaseFile());

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void aDatabaseDamagedAfterAnUncleanStopIsDamagedToo() throws IOException {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        VaultFolder files = new VaultFolder(folder);
        Files.writeString(files.seal(), "{\"state\":\"OPEN\",\"size\":0,\"mac\":\"\"}");
        byte[] database = Files.readAllBytes(files.databaseFile());
        for (int i = 0; i < 64; i++) {
            database[i] ^= 0x55;
        }
        Files.write(files.databaseFile(), database);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageNotContaining("passphrase");
    }

    @Test
    void aVaultLeftOpenByACrashStillOpens() throws IOException {
        Path folder = temp.resolve("vault");
        VaultSession session = vaults.create(folder);
        session.lock();
        // What a kill -9 leaves: the seal still says the database is open.
        Files.writeString(new VaultFolder(folder).seal(), "{\"state\":\"OPEN\",\"size\":0,\"mac\":\"\"}");

        vaults.unlock(folder).lock();
    }

    @Test
    void aDamagedKeyringIsDamagedNotAWrongPassphrase() throws IOException {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        Files.writeString(new VaultFolder(folder).keyring(), "{ \"format\": 1, ");

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(VaultDamagedException.class)
                .hasMessageContaining("keyring.json");
    }

    private static Map<Path, byte[]> snapshot(Path folder) throws IOException {
        Map<Path, byte[]> contents = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(file, Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
