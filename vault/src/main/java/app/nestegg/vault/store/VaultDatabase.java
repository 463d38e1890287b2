package app.nestegg.vault.store;

import app.nestegg.vault.DiskFullException;
import app.nestegg.vault.UnsafeVaultException;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.VaultStateException;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.Subkey;
import app.nestegg.vault.security.Wipe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault's encrypted H2 database: opened only after the keyring has proven the passphrase, checked for content the
 * app never creates, migrated by Flyway, then used through one connection that {@link #read} and {@link #write}
 * share. Closing shuts H2 down and seals the file.
 */
public final class VaultDatabase implements AutoCloseable {

    /** H2 may load no user class at all: no trigger, alias, aggregate, driver or deserialised object. */
    static final String NO_USER_CLASSES = "app.nestegg.vault.store.NoUserClassesAllowed";

    private static final Logger LOG = LoggerFactory.getLogger(VaultDatabase.class);
    // No compaction when the database closes: compacting encrypted files is where H2 has had its bugs.
    private static final String URL_OPTIONS =
            ";CIPHER=AES;TRACE_LEVEL_FILE=4;TRACE_LEVEL_SYSTEM_OUT=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";

    /** H2 reads the setting once, when it first loads; false if something loaded H2 before this class. */
    private static final boolean H2_RESTRICTED;

    static {
        System.setProperty("h2.allowedClasses", NO_USER_CLASSES);
        H2_RESTRICTED = NO_USER_CLASSES.equals(org.h2.engine.SysProperties.ALLOWED_CLASSES);
    }

    private final VaultFolder folder;
    private final Connection connection;
    private final DSLContext dsl;
    private final DatabaseSeal seal;
    private final ReentrantLock lock = new ReentrantLock();
    private int writeDepth;
    private boolean closed;

    private VaultDatabase(VaultFolder folder, Connection connection, DatabaseSeal seal) {
        this.folder = folder;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.H2);
        this.seal = seal;
    }

    /** Creates the database of a new vault in an existing, empty, private folder. */
    public static VaultDatabase create(VaultFolder folder, MasterKey key) {
        DatabaseSeal seal = new DatabaseSeal(folder, key.subkey(Subkey.DATABASE_SEAL));
        Connection connection = connect(folder, key, false);
        try {
            seal.markOpen();
            SecureFiles.restrict(folder.databaseFile(), SecureFiles.OWNER_ONLY_FILE);
            migrate(folder, connection);
            return new VaultDatabase(folder, connection, seal);
        } catch (IOException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * Opens an existing vault's database: the seal is checked first (a cleanly locked file must be unchanged), then
     * the schema definitions are read from the storage layer and code-carrying objects refused, because H2 would run
     * those while opening the database; only then does H2 open it.
     */
    public static VaultDatabase open(VaultFolder folder, MasterKey key) {
        DatabaseSeal seal = new DatabaseSeal(folder, key.subkey(Subkey.DATABASE_SEAL));
        if (!java.nio.file.Files.isRegularFile(folder.databaseFile())) {
            throw new VaultDamagedException(
                    folder.databaseFile(), "the database file is missing", folder.newestBackup());
        }
        if (seal.verify() == DatabaseSeal.Verdict.UNVERIFIED) {
            LOG.info("The vault was not locked cleanly last time; H2 will recover its last complete state");
        }
        char[] password = key.h2Password();
        char[] filePassword = filePassword(password);
        try {
            new SchemaDefinitionScan(folder).refuseCodeCarryingObjects(filePassword);
        } finally {
            Wipe.chars(password, filePassword);
        }
        markOpenBeforeH2Writes(folder, seal);
        Connection connection = connectOrReseal(folder, key, seal);
        try {
            SchemaInspector.refuseForeignObjects(connection);
            if (hasPendingMigrations(connection)) {
                DatabaseBackups.write(connection, folder, BackupKind.BEFORE_MIGRATION, java.time.Instant.now());
            }
            migrate(folder, connection);
            return new VaultDatabase(folder, connection, seal);
        } catch (SQLException e) {
            closeQuietly(connection);
            if (DiskSpace.ranOut(e, folder.path())) {
                throw new DiskFullException(folder.path(), "what opening the vault writes", e);
            }
            throw new VaultDamagedException(
                    folder.databaseFile(), "its schema cannot be read: " + e.getMessage(), folder.newestBackup());
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw damagedIfStorage(folder, e);
        }
    }

    /**
     * The seal says OPEN before H2 first writes to the file: were it written after, a failure in between (a full disk)
     * would leave a CLOSED seal that no longer matches the file, and the next unlock would call the vault damaged.
     */
    private static void markOpenBeforeH2Writes(VaultFolder folder, DatabaseSeal seal) {
        try {
            seal.markOpen();
        } catch (IOException e) {
            if (DiskSpace.ranOut(e, folder.path())) {
                throw new DiskFullException(folder.path(), "what opening the vault writes", e);
            }
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens H2; when it fails, seals the file as H2 left it, so that a vault that could not be opened (a full disk) is
     * not taken for one left open by a crash. Not when another process has it open: that one seals it when it locks.
     */
    private static Connection connectOrReseal(VaultFolder folder, MasterKey key, DatabaseSeal seal) {
        try {
            return connect(folder, key, true);
        } catch (VaultStateException alreadyOpen) {
            throw alreadyOpen;
        } catch (RuntimeException e) {
            try {
                seal.seal();
            } catch (IOException | RuntimeException notSealed) {
                e.addSuppressed(notSealed);
            }
            throw e;
        }
    }

    /** Runs a query under the connection lock; for anything that changes data use {@link #write}. */
    public <T> T read(Function<DSLContext, T> query) {
        lock.lock();
        try {
            ensureOpen();
            return query.apply(dsl);
        } catch (RuntimeException e) {
            throw damagedIfStorage(folder, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs the work in one transaction: all of it commits, or none of it does. When the outermost write returns, its
     * commit is in the file (ADR 0036): H2 alone would keep it in memory for up to half a second, and a killed process
     * would lose what it had reported done. A checkpoint, rather than H2's {@code WRITE_DELAY=0}, because that setting
     * also stops the background writer that reuses the space of superseded chunks, and the file then grows (the soak
     * run, docs/reliability.md).
     */
    public <T> T write(Function<DSLContext, T> work) {
        lock.lock();
        try {
            ensureOpen();
            writeDepth++;
            T result;
            try {
                result = dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
            } finally {
                writeDepth--;
            }
            if (writeDepth == 0) {
                dsl.execute("CHECKPOINT");
            }
            return result;
        } catch (RuntimeException e) {
            throw damagedIfStorage(folder, e);
        } finally {
            lock.unlock();
        }
    }

    public VaultFolder folder() {
        return folder;
    }

    /** The version of the newest migration applied: what household bundles compare to refuse a newer vault's. */
    public int schemaVersion() {
        return read(VaultDatabase::schemaVersion);
    }

    private static int schemaVersion(DSLContext dsl) {
        Integer version = dsl.fetchSingle(
                        "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")
                .get(0, Integer.class);
        return version == null ? 0 : version;
    }

    /** Flyway's view of the schema: applied, pending and failed migrations. */
    public MigrationState migrationState() {
        return read(dsl -> {
            var info = flyway(connection).info();
            int failed = 0;
            for (var migration : info.all()) {
                if (migration.getState().isFailed()) {
                    failed++;
                }
            }
            return new MigrationState(schemaVersion(dsl), info.applied().length, info.pending().length, failed);
        });
    }

    /** Shuts H2 down (its last changes reach the file) and seals the file; idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("H2 did not shut down cleanly: {}", e.getMessage());
            }
            closeQuietly(connection);
            try {
                seal.seal();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not seal the database file; it will be scanned at the next unlock: {}", e.getMessage());
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A full disk and a page H2 cannot read surface in whatever statement meets them; the person needs "disk full" or
     * "damaged", not a crash. H2 abandons the transaction it could not write, so nothing of it is kept.
     */
    private static RuntimeException damagedIfStorage(VaultFolder folder, RuntimeException e) {
        if (DiskSpace.ranOut(e, folder.path())) {
            return new DiskFullException(folder.path(), "the change to the vault", e);
        }
        if (!StorageDamage.causedBy(e)) {
            return e;
        }
        VaultDamagedException damaged = new VaultDamagedException(
                folder.databaseFile(), "H2 found a page it cannot read", folder.newestBackup());
        damaged.initCause(e);
        return damaged;
    }

    private void ensureOpen() {
        if (closed) {
            throw new VaultStateException("The vault is locked.");
        }
    }

    private static Connection connect(VaultFolder folder, MasterKey key, boolean mustExist) {
        if (!H2_RESTRICTED) {
            throw new IllegalStateException("H2 was loaded before the vault could forbid user classes in it;"
                    + " start H2 only through VaultDatabase");
        }
        String url = "jdbc:h2:file:" + folder.databaseBase() + URL_OPTIONS + (mustExist ? ";IFEXISTS=TRUE" : "");
        Properties properties = new Properties();
        char[] password = key.h2Password();
        properties.put("user", "nestegg");
        properties.put("password", password);
        try {
            return org.h2.Driver.load().connect(url, properties);
        } catch (SQLException e) {
            throw translate(folder, e);
        } finally {
            Wipe.chars(password);
        }
    }

    private static RuntimeException translate(VaultFolder folder, SQLException e) {
        if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 && DiskSpace.ranOut(e, folder.path())) {
            return new DiskFullException(folder.path(), "what opening the vault writes", e);
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
                new VaultStateException("The vault is already open in another Nest Egg window or command.");
            case ErrorCode.WRONG_USER_OR_PASSWORD ->
                new VaultDamagedException(
                        folder.databaseFile(), "it does not belong to this vault's keyring", folder.newestBackup());
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
                new VaultDamagedException(folder.databaseFile(), "the database file is missing", folder.newestBackup());
            default ->
                new VaultDamagedException(
                        folder.databaseFile(),
                        "H2 cannot read it (error " + e.getErrorCode() + ")",
                        folder.newestBackup());
        };
    }

    private static Flyway flyway(Connection connection) {
        return Flyway.configure(VaultDatabase.class.getClassLoader())
                .dataSource(new SingleConnectionDataSource(connection))
                .locations("classpath:db/migration")
                .load();
    }

    /** A vault written by an earlier version: it is backed up before its schema changes. */
    private static boolean hasPendingMigrations(Connection connection) {
        try {
            return flyway(connection).info().pending().length > 0;
        } catch (FlywayException e) {
            return false;
        }
    }

    private static void migrate(VaultFolder folder, Connection connection) {
        try {
            flyway(connection).migrate();
        } catch (FlywayException e) {
            // Flyway commits its schema history even when nothing is pending, so a full disk can first show here
            if (DiskSpace.ranOut(e, folder.path())) {
                throw new DiskFullException(folder.path(), "what opening the vault writes", e);
            }
            if (StorageDamage.causedBy(e) || StorageDamage.historyBehindTables(e)) {
                VaultDamagedException damaged = new VaultDamagedException(
                        folder.databaseFile(),
                        "its schema history cannot be read or does not match its tables",
                        folder.newestBackup());
                damaged.initCause(e);
                throw damaged;
            }
            throw new UnsafeVaultException("The vault's schema cannot be brought up to date (" + e.getMessage()
                    + "). It may have been written by a newer version of Nest Egg.");
        }
    }

    private static char[] filePassword(char[] h2Password) {
        int space = 0;
        while (space < h2Password.length && h2Password[space] != ' ') {
            space++;
        }
        return java.util.Arrays.copyOf(h2Password, space);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the vault connection failed: {}", e.getMessage());
        }
    }
}
