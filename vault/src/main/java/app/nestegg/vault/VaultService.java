package app.nestegg.vault;

import static app.nestegg.vault.store.generated.Tables.VAULT_META;

import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.AuditLog;
import app.nestegg.vault.security.FailedAttempt;
import app.nestegg.vault.security.Keyring;
import app.nestegg.vault.security.KeyringFile;
import app.nestegg.vault.security.LockoutFile;
import app.nestegg.vault.security.LockoutState;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.RecoveryKey;
import app.nestegg.vault.security.UnlockGuard;
import app.nestegg.vault.store.SecureFiles;
import app.nestegg.vault.store.VaultDatabase;
import app.nestegg.vault.store.VaultFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The way into a vault: status without a passphrase, create, unlock (passphrase, then second factor), recover. */
public final class VaultService {

    private static final Logger LOG = LoggerFactory.getLogger(VaultService.class);

    private final VaultEnvironment env;

    public VaultService(VaultEnvironment env) {
        this.env = env;
    }

    public VaultEnvironment environment() {
        return env;
    }

    public VaultStatus status(Path path) {
        VaultFolder folder = new VaultFolder(path);
        if (!folder.exists()) {
            return new VaultStatus(folder.path(), false, false, 0, Optional.empty(), Optional.empty());
        }
        Keyring keyring = KeyringFile.read(folder);
        LockoutState lockout = new LockoutFile(folder).read(env.clock().instant());
        Optional<Instant> lockedUntil =
                lockout.lockedAt(env.clock().instant()) ? Optional.of(lockout.lockedUntil()) : Optional.empty();
        return new VaultStatus(
                folder.path(),
                true,
                keyring.mfaEnabled(),
                UnlockAttempt.notice(lockout.unreported()).failedAttempts(),
                Optional.ofNullable(lockout.lastFailureAt()),
                lockedUntil);
    }

    /**
     * Creates a vault in an empty or missing folder. The terms must have been accepted and the passphrase must be
     * strong. On any failure the folder is left as it was found.
     */
    public CreatedVault create(Path path, char[] passphrase, boolean termsAccepted) {
        if (!termsAccepted) {
            throw new TermsNotAcceptedException(env.termsVersion());
        }
        Passphrases.requireStrong(passphrase);
        VaultFolder folder = new VaultFolder(path);
        boolean folderExisted = Files.exists(folder.path());
        requireEmpty(folder);
        MasterKey masterKey = MasterKey.generate(env.random());
        RecoveryKey recoveryKey = RecoveryKey.generate(env.random());
        VaultDatabase database = null;
        try {
            SecureFiles.createPrivateFolder(folder.path());
            UUID vaultId = UUID.randomUUID();
            Instant now = env.clock().instant();
            Keyring keyring = Keyring.create(
                    vaultId, now, masterKey, passphrase, recoveryKey, env.kdfForNewVault(), env.random());
            database = VaultDatabase.create(folder, masterKey);
            database.write(dsl -> {
                dsl.insertInto(VAULT_META)
                        .set(VAULT_META.ID, 1)
                        .set(VAULT_META.VAULT_ID, vaultId)
                        .set(VAULT_META.CREATED_AT, now)
                        .set(VAULT_META.CREATED_BY_VERSION, env.appVersion())
                        .execute();
                AuditLog.append(dsl, now, AuditKind.VAULT_CREATED, "Nest Egg " + env.appVersion());
                Consents.record(dsl, now, env.termsVersion());
                return null;
            });
            KeyringFile.write(folder, keyring);
            LOG.info("Created a vault at {}", folder);
            VaultSession session =
                    new VaultSession(env, folder, database, masterKey, UnlockNotice.NONE, UnlockProof.NONE);
            return new CreatedVault(session, recoveryKey.formatted());
        } catch (IOException | RuntimeException e) {
            if (database != null) {
                database.close();
            }
            masterKey.close();
            undoCreation(folder, folderExisted);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            recoveryKey.close();
        }
    }

    /**
     * Checks the passphrase against the keyring (before H2 is touched) and opens the database. When MFA is on, the
     * returned attempt still needs {@link UnlockAttempt#complete} with a code.
     */
    public UnlockAttempt unlock(Path path, char[] passphrase) {
        long started = System.nanoTime();
        VaultFolder folder = new VaultFolder(path);
        Keyring keyring = KeyringFile.read(folder);
        UnlockGuard guard = guard(folder);
        guard.beforeAttempt();
        MasterKey masterKey;
        try {
            masterKey = keyring.unwrapWithPassphrase(passphrase);
        } catch (AEADBadTagException e) {
            int left = guard.recordFailure(FailedAttempt.Factor.PASSPHRASE);
            throw new WrongCredentialsException("The passphrase", left);
        }
        return UnlockAttempt.open(env, folder, masterKey, guard, started);
    }

    /** Sets a new passphrase with the recovery key; MFA, if on, stays on. */
    public VaultSession recover(Path path, char[] typedRecoveryKey, char[] newPassphrase) {
        VaultFolder folder = new VaultFolder(path);
        Keyring keyring = KeyringFile.read(folder);
        Passphrases.requireStrong(newPassphrase);
        RecoveryKey recoveryKey;
        try {
            recoveryKey = RecoveryKey.parse(typedRecoveryKey);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        UnlockGuard guard = guard(folder);
        try (recoveryKey) {
            guard.beforeAttempt();
            MasterKey masterKey;
            try {
                masterKey = keyring.unwrapWithRecoveryKey(recoveryKey);
            } catch (AEADBadTagException e) {
                int left = guard.recordFailure(FailedAttempt.Factor.RECOVERY_KEY);
                throw new WrongCredentialsException("The recovery key", left);
            }
            VaultDatabase database;
            try {
                database = VaultDatabase.open(folder, masterKey);
            } catch (RuntimeException e) {
                masterKey.close();
                throw e;
            }
            KeyringFile.write(
                    folder,
                    keyring.withPassphrase(
                            masterKey, newPassphrase, keyring.kdf().parameters(), env.random()));
            var failures = guard.recordSuccess();
            Instant now = env.clock().instant();
            database.write(dsl -> {
                UnlockAttempt.reportFailures(dsl, failures);
                AuditLog.append(dsl, now, AuditKind.RECOVERY_USED, "New passphrase set with the recovery key");
                AuditLog.append(dsl, now, AuditKind.PASSPHRASE_CHANGED, "By recovery");
                return null;
            });
            return new VaultSession(env, folder, database, masterKey, UnlockAttempt.notice(failures), UnlockProof.NONE);
        }
    }

    private UnlockGuard guard(VaultFolder folder) {
        return new UnlockGuard(new LockoutFile(folder), env.clock(), env.pacer());
    }

    private static void requireEmpty(VaultFolder folder) {
        if (!Files.exists(folder.path())) {
            return;
        }
        if (!Files.isDirectory(folder.path())) {
            throw new VaultAlreadyExistsException(folder.path());
        }
        try (Stream<Path> entries = Files.list(folder.path())) {
            if (entries.findAny().isPresent()) {
                throw new VaultAlreadyExistsException(folder.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder.path(), e);
        }
    }

    private static void undoCreation(VaultFolder folder, boolean folderExisted) {
        try {
            FolderEraser.deleteContents(folder.path());
            if (!folderExisted) {
                Files.deleteIfExists(folder.path());
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the half-created vault at {}: {}", folder, e.getMessage());
        }
    }
}
