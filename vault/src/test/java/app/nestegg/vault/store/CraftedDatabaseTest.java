package app.nestegg.vault.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.UnsafeVaultException;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.security.KeyringFile;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.Subkey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Databases changed behind the app's back by someone holding the vault's key: each is refused, and the code they
 * carry never runs (the marker file it would write never appears).
 */
class CraftedDatabaseTest {

    @TempDir
    Path temp;

    private final TestVaults vaults = new TestVaults();

    @Test
    void sourceTriggerInADatabaseLeftOpenIsRefusedBeforeH2RunsIt() throws Exception {
        Path folder = temp.resolve("vault");
        Path marker = temp.resolve("trigger-ran");
        vaults.create(folder).lock();
        craft(folder, sourceTriggerWriting(marker));
        markLeftOpen(folder);
        Files.deleteIfExists(marker);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(UnsafeVaultException.class)
                .hasMessageContaining("trigger T")
                .hasMessageContaining("nothing in it was run");
        assertThat(marker).doesNotExist();
    }

    @Test
    void sourceAliasInADatabaseLeftOpenIsRefused() throws Exception {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        craft(folder, "CREATE ALIAS EVIL AS $$ String evil() { return \"x\"; } $$");
        markLeftOpen(folder);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(UnsafeVaultException.class)
                .hasMessageContaining("alias EVIL");
    }

    @Test
    void changedDatabaseWithAStaleSealIsDamagedBeforeH2ReadsIt() throws Exception {
        Path folder = temp.resolve("vault");
        Path marker = temp.resolve("trigger-ran");
        vaults.create(folder).lock();
        craft(folder, sourceTriggerWriting(marker));
        Files.deleteIfExists(marker);

        assertThatThrownBy(() -> vaults.unlock(folder)).isInstanceOf(VaultDamagedException.class);
        assertThat(marker).doesNotExist();
    }

    @Test
    void classTriggerAndAliasInAResealedDatabaseAreRefusedWithoutLoadingTheClass() throws Exception {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        craft(
                folder,
                "CREATE FORCE TRIGGER T BEFORE INSERT ON SETTING CALL '" + MarkerTrigger.class.getName() + "'",
                "CREATE FORCE ALIAS EVIL FOR '" + MarkerTrigger.class.getName() + ".touch'");
        reseal(folder);
        MarkerTrigger.reset();

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(UnsafeVaultException.class)
                .hasMessageContaining("trigger T")
                .hasMessageContaining("alias EVIL");
        assertThat(MarkerTrigger.loaded()).isFalse();
    }

    @ParameterizedTest(name = "pages written with options ''{0}''")
    @ValueSource(strings = {"", ";COMPRESS=TRUE"})
    void sourceTriggerInAResealedDatabaseIsRefusedBeforeH2RunsIt(String options) throws Exception {
        Path folder = temp.resolve("vault");
        Path marker = temp.resolve("trigger-ran");
        vaults.create(folder).lock();
        craftWith(folder, options, sourceTriggerWriting(marker));
        reseal(folder);
        Files.deleteIfExists(marker);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(UnsafeVaultException.class)
                .hasMessageContaining("trigger T");
        assertThat(marker).doesNotExist();
    }

    @Test
    void checkConstraintThatWritesFilesIsRefused() throws Exception {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        craft(
                folder,
                "ALTER TABLE SETTING ADD CONSTRAINT EVIL CHECK (FILE_WRITE('ran', '" + temp.resolve("x") + "') >= 0)");
        reseal(folder);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(UnsafeVaultException.class)
                .hasMessageContaining("file_write");
    }

    @Test
    void aVaultOpenElsewhereIsReportedAsOpenNotDamaged() {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        try (var open = vaults.unlock(folder)) {
            assertThatThrownBy(() -> vaults.unlock(folder))
                    .isInstanceOf(app.nestegg.vault.VaultStateException.class)
                    .hasMessageContaining("already open");
        }
    }

    @Test
    void unknownTableInAResealedDatabaseIsRefused() throws Exception {
        Path folder = temp.resolve("vault");
        vaults.create(folder).lock();
        craft(folder, "CREATE TABLE SURPRISE(ID INT)");
        reseal(folder);

        assertThatThrownBy(() -> vaults.unlock(folder))
                .isInstanceOf(UnsafeVaultException.class)
                .hasMessageContaining("unknown table SURPRISE");
    }

    /** A source-code trigger that, if H2 ever compiles and runs it, writes the marker file. */
    private static String sourceTriggerWriting(Path marker) {
        return "CREATE TRIGGER T BEFORE INSERT ON SETTING AS $$org.h2.api.Trigger create() {"
                + " try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\"); }"
                + " catch (Exception e) {} return new org.h2.api.Trigger() { public void fire(java.sql.Connection c,"
                + " Object[] o, Object[] n) {} }; } $$";
    }

    private static MasterKey masterKey(Path folder) throws Exception {
        return KeyringFile.read(new VaultFolder(folder)).unwrapWithPassphrase(TestVaults.PASSPHRASE.toCharArray());
    }

    private static void craft(Path folder, String... statements) throws Exception {
        craftWith(folder, "", statements);
    }

    private static void craftWith(Path folder, String options, String... statements) throws Exception {
        VaultFolder files = new VaultFolder(folder);
        try (MasterKey key = masterKey(folder)) {
            Properties properties = new Properties();
            properties.put("user", "nestegg");
            properties.put("password", key.h2Password());
            try (Connection connection = org.h2.Driver.load()
                            .connect(
                                    "jdbc:h2:file:" + files.databaseBase() + ";CIPHER=AES;IFEXISTS=TRUE" + options,
                                    properties);
                    Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static void markLeftOpen(Path folder) throws Exception {
        Files.writeString(new VaultFolder(folder).seal(), "{\"state\":\"OPEN\",\"size\":0,\"mac\":\"\"}");
    }

    private static void reseal(Path folder) throws Exception {
        try (MasterKey key = masterKey(folder)) {
            new DatabaseSeal(new VaultFolder(folder), key.subkey(Subkey.DATABASE_SEAL)).seal();
        }
    }
}
