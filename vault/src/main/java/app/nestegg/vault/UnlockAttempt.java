package app.nestegg.vault;

import app.nestegg.vault.diagnostics.CounterName;
import app.nestegg.vault.diagnostics.Counters;
import app.nestegg.vault.security.AuditKind;
import app.nestegg.vault.security.AuditLog;
import app.nestegg.vault.security.FailedAttempt;
import app.nestegg.vault.security.Keyring;
import app.nestegg.vault.security.KeyringFile;
import app.nestegg.vault.security.MasterKey;
import app.nestegg.vault.security.Mfa;
import app.nestegg.vault.security.MfaState;
import app.nestegg.vault.security.UnlockGuard;
import app.nestegg.vault.store.VaultDatabase;
import app.nestegg.vault.store.VaultFolder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jooq.DSLContext;

/**
 * An unlock whose passphrase was right. With MFA off it completes at once; with MFA on it waits for an authenticator
 * or backup code, and wrong codes count towards the lockout like wrong passphrases. Closing an attempt that never
 * completed locks the database again and wipes the keys.
 */
public final class UnlockAttempt implements AutoCloseable {

    private final VaultEnvironment env;
    private final VaultFolder folder;
    private final VaultDatabase database;
    private final MasterKey masterKey;
    private final UnlockGuard guard;
    private final Mfa mfa;
    private final boolean secondFactorRequired;
    private final Duration opening;
    private OptionalLong acceptedStep = OptionalLong.empty();
    private byte[] acceptedBackupCodeHash;
    private boolean finished;

    private UnlockAttempt(
            VaultEnvironment env,
            VaultFolder folder,
            VaultDatabase database,
            MasterKey masterKey,
            UnlockGuard guard,
            Duration opening) {
        this.env = env;
        this.opening = opening;
        this.folder = folder;
        this.database = database;
        this.masterKey = masterKey;
        this.guard = guard;
        this.mfa = SessionKeys.mfa(masterKey, env);
        this.secondFactorRequired = database.read(mfa::state) == MfaState.ACTIVE;
        // The keyring's hint for 'status' follows the database, which is the authority.
        Keyring keyring = KeyringFile.read(folder);
        if (keyring.mfaEnabled() != secondFactorRequired) {
            KeyringFile.write(folder, keyring.withMfaEnabled(secondFactorRequired));
        }
    }

    /** @param started {@link System#nanoTime()} when the unlock began, for the unlock-time counter */
    static UnlockAttempt open(
            VaultEnvironment env, VaultFolder folder, MasterKey masterKey, UnlockGuard guard, long started) {
        VaultDatabase database;
        try {
            database = VaultDatabase.open(folder, masterKey);
        } catch (RuntimeException e) {
            masterKey.close();
            throw e;
        }
        try {
            return new UnlockAttempt(
                    env, folder, database, masterKey, guard, Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            database.close();
            masterKey.close();
            throw e;
        }
    }

    public boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    /**
     * Finishes the unlock. With MFA on, a missing factor throws {@link SecondFactorRequiredException} and a wrong one
     * {@link WrongCredentialsException} (or {@link LockedOutException} at the limit); the attempt stays usable for
     * another code until it is locked out.
     */
    public VaultSession complete(SecondFactor factor) {
        if (finished) {
            throw new VaultStateException("This unlock attempt is already finished.");
        }
        if (secondFactorRequired) {
            checkSecondFactor(factor);
        }
        List<FailedAttempt> failures = guard.recordSuccess();
        Instant now = env.clock().instant();
        database.write(dsl -> {
            reportFailures(dsl, failures);
            AuditLog.append(dsl, now, AuditKind.UNLOCKED, secondFactorRequired ? "With two-step unlock" : "");
            Counters.record(dsl, CounterName.LAST_UNLOCK, opening, OptionalLong.empty(), now);
            return null;
        });
        finished = true;
        mfa.wipe();
        return new VaultSession(
                env,
                folder,
                database,
                masterKey,
                notice(failures),
                new UnlockProof(env.clock().instant(), acceptedStep, acceptedBackupCodeHash));
    }

    private void checkSecondFactor(SecondFactor factor) {
        if (factor.kind() == SecondFactor.Kind.NONE) {
            throw new SecondFactorRequiredException();
        }
        try {
            guard.beforeAttempt();
        } catch (LockedOutException e) {
            close();
            throw e;
        }
        boolean backup = factor.kind() == SecondFactor.Kind.BACKUP_CODE;
        boolean accepted = database.write(dsl -> {
            boolean ok;
            if (backup) {
                ok = mfa.verifyBackupCode(dsl, factor.code());
                acceptedBackupCodeHash = ok ? mfa.backupCodeHash(factor.code()) : null;
            } else {
                acceptedStep = mfa.verifyTotp(dsl, factor.code());
                ok = acceptedStep.isPresent();
            }
            if (ok && backup) {
                AuditLog.append(
                        dsl,
                        env.clock().instant(),
                        AuditKind.BACKUP_CODE_USED,
                        mfa.backupCodesLeft(dsl) + " backup codes left");
            }
            return ok;
        });
        if (!accepted) {
            try {
                int left = guard.recordFailure(
                        backup ? FailedAttempt.Factor.BACKUP_CODE : FailedAttempt.Factor.AUTHENTICATOR_CODE);
                throw new WrongCredentialsException(backup ? "The backup code" : "The authenticator code", left);
            } catch (LockedOutException e) {
                close();
                throw e;
            }
        }
    }

    /** Writes the failures recorded beside the vault into the audit log. */
    static void reportFailures(DSLContext dsl, List<FailedAttempt> failures) {
        for (FailedAttempt failure : failures) {
            AuditLog.append(dsl, failure.at(), AuditKind.UNLOCK_FAILED, describe(failure.factor()));
        }
        if (failures.size() >= UnlockGuard.MAX_FAILURES) {
            FailedAttempt last = failures.getLast();
            AuditLog.append(dsl, last.at(), AuditKind.LOCKED_OUT, "Locked for 30 minutes after repeated failures");
        }
    }

    static UnlockNotice notice(List<FailedAttempt> failures) {
        long count = failures.stream()
                .filter(f -> f.factor() != FailedAttempt.Factor.LOCKOUT_STATE_UNREADABLE)
                .count();
        return count == 0
                ? UnlockNotice.NONE
                : new UnlockNotice((int) count, Optional.of(failures.getFirst().at()));
    }

    private static String describe(FailedAttempt.Factor factor) {
        return switch (factor) {
            case PASSPHRASE -> "Wrong passphrase";
            case AUTHENTICATOR_CODE -> "Wrong authenticator code";
            case BACKUP_CODE -> "Wrong backup code";
            case RECOVERY_KEY -> "Wrong recovery key";
            case LOCKOUT_STATE_UNREADABLE -> "The lockout state file was unreadable and was reset";
        };
    }

    /** Abandons an unfinished attempt: the database is closed and the keys wiped. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            mfa.wipe();
            database.close();
            masterKey.close();
        }
    }
}
