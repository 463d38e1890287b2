package app.nestegg.vault;

import static app.nestegg.vault.store.generated.Tables.SETTING;
import static app.nestegg.vault.store.generated.Tables.VAULT_META;

import app.nestegg.vault.exchange.backup.Backups;
import app.nestegg.vault.exchange.export.ExportLimits;
import app.nestegg.vault.exchange.export.ExportRestore;
import app.nestegg.vault.exchange.export.VaultExporter;
import app.nestegg.vault.household.sync.HouseholdSync;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.security.AuditEvent;
import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.AuditLog;
import app.nestegg.vault.security.BackupCodes;
import app.nestegg.vault.security.FailedAttempt;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.security.Keyring;
import app.nestegg.vault.security.KeyringFile;
import app.nestegg.vault.security.LockoutFile;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.Mfa;
import app.nestegg.vault.security.MfaEnrollment;
import app.nestegg.vault.security.MfaState;
import app.nestegg.vault.security.Subkey;
import app.nestegg.vault.security.UnlockGuard;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import app.nestegg.vault.store.DatabaseBackups;
import app.nestegg.vault.store.DatabaseRestore;
import app.nestegg.vault.store.VaultDatabase;
import app.nestegg.vault.store.VaultFolder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unlocked vault. Holds the open database and the master key until {@link #lock()}, which closes the database,
 * seals its file and wipes every key. All methods may block on the database: call them off the JavaFX thread.
 */
public final class VaultSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VaultSession.class);
    private static final String AUTO_LOCK_SETTING = "auto_lock_minutes";

    private final VaultEnvironment env;
    private final VaultFolder folder;
    private final VaultDatabase database;
    private final MasterKey masterKey;
    private final Mfa mfa;
    private final UnlockNotice notice;
    private final AutoLock autoLock;
    private final UnlockProof unlockProof;
    private final FieldCipher ledgerCipher;
    private Ledger ledger;
    private volatile boolean locked;

    VaultSession(
            VaultEnvironment env,
            VaultFolder folder,
            VaultDatabase database,
            MasterKey masterKey,
            UnlockNotice notice,
            UnlockProof unlockProof) {
        this.env = env;
        this.folder = folder;
        this.database = database;
        this.masterKey = masterKey;
        this.mfa = SessionKeys.mfa(masterKey, env);
        this.notice = notice;
        this.unlockProof = unlockProof;
        this.autoLock = new AutoLock(env.clock(), readAutoLockDelay());
        this.ledgerCipher = new FieldCipher(masterKey.subkey(Subkey.FIELD_ENCRYPTION));
    }

    /** The ledger of this vault; its first use adds the vault's own member and the default categories. */
    public synchronized Ledger ledger() {
        if (locked) {
            throw new VaultStateException("The vault is locked.");
        }
        if (ledger == null) {
            ledger = new Ledger(database, ledgerCipher, env.clock());
        }
        return ledger;
    }

    public VaultFolder folder() {
        return folder;
    }

    /** Writes exports of this vault's ledger (plain zip, or age-encrypted with a passphrase). */
    public VaultExporter exporter() {
        return new VaultExporter(
                ledger(), env.appVersion(), env.clock(), env.random(), VaultExporter.DEFAULT_WORK_FACTOR);
    }

    /** Household sync of this vault: bundles written and merged, the state digest, the shared folder. */
    public HouseholdSync household() {
        return new HouseholdSync(ledger(), ledgerCipher, env.clock(), database.schemaVersion());
    }

    /** Restores an export into this vault, when its ledger holds no data yet. */
    public ExportRestore exportRestore() {
        return new ExportRestore(ledger(), ExportLimits.DEFAULT);
    }

    /** The backups of this vault: list, take one, or the daily one when due. */
    public Backups backups() {
        if (locked) {
            throw new VaultStateException("The vault is locked.");
        }
        return new Backups(database, env.clock());
    }

    /**
     * Puts a backup in place of the current database: the backup is checked to open with this vault's key, then the
     * current state is backed up, and the session ends locked, so the person unlocks the restored vault. Returns the
     * backup of the state before the restore; a refused backup changes nothing.
     */
    public synchronized BackupFile restore(BackupFile backup) {
        // Not rotated now: rotating could delete the very backup being restored.
        BackupFile[] before = new BackupFile[1];
        DatabaseRestore.restore(
                database,
                masterKey,
                backup,
                vaultId(),
                () -> before[0] = DatabaseBackups.write(
                        database, BackupKind.BEFORE_RESTORE, env.clock().instant()));
        lock();
        return before[0];
    }

    /** The database, for the services of later capabilities (ledger, import, sync). */
    public VaultDatabase database() {
        return database;
    }

    public UUID vaultId() {
        return database.read(
                dsl -> dsl.select(VAULT_META.VAULT_ID).from(VAULT_META).fetchOne(VAULT_META.VAULT_ID));
    }

    /** Failed attempts since the previous unlock, to show once. */
    public UnlockNotice notice() {
        return notice;
    }

    public boolean termsAcceptanceRequired() {
        return database.read(Consents::acceptedVersion) < env.termsVersion();
    }

    public void acceptTerms() {
        database.write(dsl -> {
            Consents.record(dsl, env.clock().instant(), env.termsVersion());
            return null;
        });
    }

    public MfaState mfaState() {
        return database.read(mfa::state);
    }

    public int backupCodesLeft() {
        return database.read(mfa::backupCodesLeft);
    }

    /** Starts turning MFA on; it becomes active only after {@link #confirmMfa} with a correct code. */
    public MfaEnrollment beginMfa(String accountLabel) {
        return database.write(dsl -> mfa.begin(dsl, accountLabel));
    }

    /** Abandons a set-up started with {@link #beginMfa} that was never confirmed. */
    public void cancelMfaSetup() {
        database.write(dsl -> {
            mfa.cancelPending(dsl);
            return null;
        });
    }

    public void confirmMfa(CharSequence code) {
        database.write(dsl -> {
            mfa.confirm(dsl, code);
            AuditLog.append(dsl, env.clock().instant(), AuditKind.MFA_ENABLED, "Authenticator app confirmed");
            return null;
        });
        KeyringFile.write(folder, KeyringFile.read(folder).withMfaEnabled(true));
    }

    /**
     * Turns MFA off; needs a current authenticator code, or an unused backup code for someone who lost the device.
     * The code this session was unlocked with counts while it is still current, so a command line can unlock and
     * confirm with one code.
     */
    public void disableMfa(CharSequence code) {
        database.write(dsl -> {
            if (!confirmedBySecondFactor(dsl, code)) {
                throw new InvalidCodeException();
            }
            mfa.turnOff(dsl);
            AuditLog.append(dsl, env.clock().instant(), AuditKind.MFA_DISABLED, "");
            return null;
        });
        KeyringFile.write(folder, KeyringFile.read(folder).withMfaEnabled(false));
    }

    /**
     * Replaces all backup codes with ten new ones, shown once. Needs a current authenticator code or an unused backup
     * code (or the one that unlocked this session just now), so an unattended unlocked session cannot mint codes that
     * would outlive it.
     */
    public List<char[]> regenerateBackupCodes(CharSequence code) {
        return database.write(dsl -> {
            if (!confirmedBySecondFactor(dsl, code)) {
                throw new InvalidCodeException();
            }
            List<char[]> codes = mfa.regenerateBackupCodes(dsl);
            AuditLog.append(dsl, env.clock().instant(), AuditKind.BACKUP_CODES_REGENERATED, "Old codes invalidated");
            return codes;
        });
    }

    /**
     * Re-wraps the master key under a new passphrase (same KDF parameters, new salt); the database is not rewritten.
     * The current passphrase is checked first.
     */
    public void changePassphrase(char[] currentPassphrase, char[] newPassphrase) {
        Passphrases.requireStrong(newPassphrase);
        Keyring keyring = KeyringFile.read(folder);
        verifyPassphrase(keyring, currentPassphrase);
        KeyringFile.write(
                folder,
                keyring.withPassphrase(masterKey, newPassphrase, keyring.kdf().parameters(), env.random()));
        database.write(dsl -> {
            AuditLog.append(dsl, env.clock().instant(), AuditKind.PASSPHRASE_CHANGED, "");
            return null;
        });
    }

    /** The newest audit events first. */
    public List<AuditEvent> audit(int limit) {
        return database.read(dsl -> AuditLog.recent(dsl, limit));
    }

    public List<CheckItem> checkup() {
        return new SecurityCheckup(folder, env.clock())
                .run(KeyringFile.read(folder), mfaState(), backupCodesLeft(), autoLock.delay());
    }

    public AutoLock autoLock() {
        return autoLock;
    }

    public void setAutoLockDelay(Duration delay) {
        AutoLock.requireValid(delay);
        database.write(dsl -> {
            dsl.mergeInto(SETTING)
                    .using(org.jooq.impl.DSL.selectOne())
                    .on(SETTING.NAME.eq(AUTO_LOCK_SETTING))
                    .whenMatchedThenUpdate()
                    .set(SETTING.SETTING_VALUE, Long.toString(delay.toMinutes()))
                    .whenNotMatchedThenInsert(SETTING.NAME, SETTING.SETTING_VALUE)
                    .values(AUTO_LOCK_SETTING, Long.toString(delay.toMinutes()))
                    .execute();
            AuditLog.append(dsl, env.clock().instant(), AuditKind.AUTO_LOCK_CHANGED, delay.toMinutes() + " minutes");
            return null;
        });
        autoLock.setDelay(delay);
    }

    /**
     * Deletes the vault for good after checking the passphrase (and a code when MFA is on): the keyring is destroyed
     * first, which makes every remaining byte unreadable, then the folder with its database, backups and logs.
     */
    public void erase(char[] passphrase, SecondFactor factor) {
        Keyring keyring = KeyringFile.read(folder);
        verifyPassphrase(keyring, passphrase);
        if (mfaState() == MfaState.ACTIVE) {
            boolean ok = database.write(dsl -> switch (factor.kind()) {
                case NONE -> throw new SecondFactorRequiredException();
                case AUTHENTICATOR_CODE -> mfa.confirmAction(dsl, factor.code(), unlockProof.authenticatorStep());
                case BACKUP_CODE ->
                    mfa.confirmActionWithBackupCode(
                            dsl,
                            factor.code(),
                            unlockProof.recentBackupCodeHash(env.clock().instant()));
            });
            if (!ok) {
                throw new InvalidCodeException();
            }
        }
        database.write(dsl -> {
            AuditLog.append(dsl, env.clock().instant(), AuditKind.ERASE_REQUESTED, "Vault deleted by its owner");
            return null;
        });
        lock();
        new VaultEraser(folder, env.random()).erase(env.logFolder());
        LOG.info("Erased the vault at {}", folder);
    }

    public boolean isLocked() {
        return locked;
    }

    /** Closes the database (sealing its file) and wipes the keys; idempotent. */
    public synchronized void lock() {
        if (locked) {
            return;
        }
        locked = true;
        database.close();
        mfa.wipe();
        ledgerCipher.wipe();
        masterKey.close();
        LOG.info("Vault locked");
    }

    @Override
    public void close() {
        lock();
    }

    /** A current authenticator code or an unused backup code, or the one that unlocked this session just now. */
    private boolean confirmedBySecondFactor(DSLContext dsl, CharSequence code) {
        return BackupCodes.looksLikeBackupCode(code)
                ? mfa.confirmActionWithBackupCode(
                        dsl, code, unlockProof.recentBackupCodeHash(env.clock().instant()))
                : mfa.confirmAction(dsl, code, unlockProof.authenticatorStep());
    }

    private void verifyPassphrase(Keyring keyring, char[] passphrase) {
        UnlockGuard guard = new UnlockGuard(new LockoutFile(folder), env.clock(), env.pacer());
        guard.beforeAttempt();
        try (MasterKey ignored = keyring.unwrapWithPassphrase(passphrase)) {
            List<FailedAttempt> failures = guard.recordSuccess();
            if (!failures.isEmpty()) {
                database.write(dsl -> {
                    UnlockAttempt.reportFailures(dsl, failures);
                    return null;
                });
            }
        } catch (AEADBadTagException e) {
            int left = guard.recordFailure(FailedAttempt.Factor.PASSPHRASE);
            throw new WrongCredentialsException("The current passphrase", left);
        }
    }

    private Duration readAutoLockDelay() {
        String minutes = database.read(dsl -> dsl.select(SETTING.SETTING_VALUE)
                .from(SETTING)
                .where(SETTING.NAME.eq(AUTO_LOCK_SETTING))
                .fetchOne(SETTING.SETTING_VALUE));
        if (minutes == null) {
            return AutoLock.DEFAULT_DELAY;
        }
        try {
            return Duration.ofMinutes(Long.parseLong(minutes));
        } catch (NumberFormatException e) {
            return AutoLock.DEFAULT_DELAY;
        }
    }
}
