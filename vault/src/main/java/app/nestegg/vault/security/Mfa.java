package app.nestegg.vault.security;

import static app.nestegg.vault.store.generated.Tables.BACKUP_CODE;
import static app.nestegg.vault.store.generated.Tables.MFA;

import app.nestegg.vault.InvalidCodeException;
import app.nestegg.vault.VaultStateException;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.MfaRecord;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.jooq.DSLContext;

/**
 * TOTP and backup codes stored in the vault: the secret sealed with the field key, the last accepted time step (so a
 * code is never accepted twice), and the backup codes as keyed hashes, each usable once.
 */
public final class Mfa {

    private static final String SECRET_CONTEXT = "mfa.secret";

    private final FieldCipher fields;
    private final byte[] backupCodeKey;
    private final Totp totp;
    private final SecureRandom random;
    private final Clock clock;

    public Mfa(FieldCipher fields, byte[] backupCodeKey, Clock clock, SecureRandom random) {
        this.fields = fields;
        this.backupCodeKey = backupCodeKey;
        this.totp = new Totp(clock);
        this.random = random;
        this.clock = clock;
    }

    public MfaState state(DSLContext dsl) {
        MfaRecord row = dsl.selectFrom(MFA).fetchOne();
        return row == null ? MfaState.OFF : MfaState.valueOf(row.getState());
    }

    public int backupCodesLeft(DSLContext dsl) {
        return dsl.fetchCount(BACKUP_CODE, BACKUP_CODE.USED_AT.isNull());
    }

    /** Starts (or restarts) set-up: a new secret and new backup codes; MFA is on only after {@link #confirm}. */
    public MfaEnrollment begin(DSLContext dsl, String accountLabel) {
        if (state(dsl) == MfaState.ACTIVE) {
            throw new VaultStateException("Two-step unlock is already on. Turn it off first to set up a new device.");
        }
        byte[] secret = Totp.newSecret(random);
        try {
            dsl.deleteFrom(MFA).execute();
            dsl.insertInto(MFA)
                    .set(MFA.ID, 1)
                    .set(MFA.STATE, MfaState.PENDING.name())
                    .set(MFA.SECRET_SEALED, fields.seal(secret, SECRET_CONTEXT))
                    .set(MFA.CHANGED_AT, clock.instant())
                    .execute();
            List<char[]> codes = replaceBackupCodes(dsl);
            return new MfaEnrollment(Totp.otpauthUri(secret, accountLabel), Totp.base32Secret(secret), codes);
        } finally {
            Wipe.bytes(secret);
        }
    }

    /** Forgets a set-up that was never confirmed (secret and backup codes); does nothing otherwise. */
    public void cancelPending(DSLContext dsl) {
        if (state(dsl) == MfaState.PENDING) {
            dsl.deleteFrom(MFA).execute();
            dsl.deleteFrom(BACKUP_CODE).execute();
        }
    }

    /** Turns MFA on once the authenticator shows a code that matches. */
    public void confirm(DSLContext dsl, CharSequence code) {
        MfaRecord row = requireState(dsl, MfaState.PENDING, "Two-step unlock is not being set up: enable it first.");
        acceptTotp(dsl, row, code);
        dsl.update(MFA)
                .set(MFA.STATE, MfaState.ACTIVE.name())
                .set(MFA.CHANGED_AT, clock.instant())
                .execute();
    }

    /** Turns MFA off and drops the backup codes; the caller has confirmed it with {@link #confirmAction}. */
    public void turnOff(DSLContext dsl) {
        requireState(dsl, MfaState.ACTIVE, "Two-step unlock is not on.");
        dsl.deleteFrom(MFA).execute();
        dsl.deleteFrom(BACKUP_CODE).execute();
    }

    /**
     * Confirms a sensitive action (turning MFA off, erasing) with a current authenticator code. {@code unlockStep} is
     * the time step of the code that unlocked this session: that same code still counts while it is current, so one
     * code can open the vault and confirm the action.
     */
    public boolean confirmAction(DSLContext dsl, CharSequence code, OptionalLong unlockStep) {
        MfaRecord row = requireState(dsl, MfaState.ACTIVE, "Two-step unlock is not on.");
        return tryAcceptTotp(dsl, row, code, unlockStep);
    }

    /** Checks a code at unlock and returns its time step, recorded so the code cannot unlock again. */
    public OptionalLong verifyTotp(DSLContext dsl, CharSequence code) {
        MfaRecord row = requireState(dsl, MfaState.ACTIVE, "Two-step unlock is not on.");
        return acceptedStep(dsl, row, code, OptionalLong.empty());
    }

    /**
     * Confirms a sensitive action with a backup code: an unused one, or the one that unlocked this session
     * ({@code unlockCodeHash}), which is already marked used.
     */
    public boolean confirmActionWithBackupCode(DSLContext dsl, CharSequence code, byte[] unlockCodeHash) {
        if (unlockCodeHash != null
                && BackupCodes.looksLikeBackupCode(code)
                && java.security.MessageDigest.isEqual(unlockCodeHash, BackupCodes.hash(backupCodeKey, code))) {
            return true;
        }
        return verifyBackupCode(dsl, code);
    }

    /** The keyed hash under which a backup code is stored; lets a session remember the code that unlocked it. */
    public byte[] backupCodeHash(CharSequence code) {
        return BackupCodes.hash(backupCodeKey, code);
    }

    /** Checks a backup code at unlock; true marks it used. */
    public boolean verifyBackupCode(DSLContext dsl, CharSequence code) {
        requireState(dsl, MfaState.ACTIVE, "Two-step unlock is not on.");
        if (!BackupCodes.looksLikeBackupCode(code)) {
            return false;
        }
        byte[] hash = BackupCodes.hash(backupCodeKey, code);
        return dsl.update(BACKUP_CODE)
                        .set(BACKUP_CODE.USED_AT, clock.instant())
                        .where(BACKUP_CODE.CODE_HASH.eq(hash))
                        .and(BACKUP_CODE.USED_AT.isNull())
                        .execute()
                == 1;
    }

    public List<char[]> regenerateBackupCodes(DSLContext dsl) {
        requireState(dsl, MfaState.ACTIVE, "Backup codes exist only while two-step unlock is on.");
        return replaceBackupCodes(dsl);
    }

    private List<char[]> replaceBackupCodes(DSLContext dsl) {
        dsl.deleteFrom(BACKUP_CODE).execute();
        List<char[]> codes = BackupCodes.generate(random);
        for (char[] code : codes) {
            dsl.insertInto(BACKUP_CODE)
                    .set(BACKUP_CODE.ID, Ids.newId())
                    .set(BACKUP_CODE.CODE_HASH, BackupCodes.hash(backupCodeKey, java.nio.CharBuffer.wrap(code)))
                    .set(BACKUP_CODE.CREATED_AT, clock.instant())
                    .execute();
        }
        return codes;
    }

    private void acceptTotp(DSLContext dsl, MfaRecord row, CharSequence code) {
        if (!tryAcceptTotp(dsl, row, code, OptionalLong.empty())) {
            throw new InvalidCodeException();
        }
    }

    private boolean tryAcceptTotp(DSLContext dsl, MfaRecord row, CharSequence code, OptionalLong reusableStep) {
        return acceptedStep(dsl, row, code, reusableStep).isPresent();
    }

    /**
     * A code is accepted when it is current (±1 step) and newer than the last accepted one; the step in
     * {@code reusableStep} (the code this session unlocked with) is accepted once more in the same session.
     */
    private OptionalLong acceptedStep(DSLContext dsl, MfaRecord row, CharSequence code, OptionalLong reusableStep) {
        byte[] secret = fields.open(row.getSecretSealed(), SECRET_CONTEXT);
        try {
            long last = row.getLastAcceptedStep() == null ? Long.MIN_VALUE : row.getLastAcceptedStep();
            if (reusableStep.isPresent()) {
                last = Math.min(last, reusableStep.getAsLong() - 1);
            }
            OptionalLong step = totp.verify(secret, code, last);
            if (step.isPresent()) {
                long recorded = row.getLastAcceptedStep() == null
                        ? step.getAsLong()
                        : Math.max(row.getLastAcceptedStep(), step.getAsLong());
                dsl.update(MFA).set(MFA.LAST_ACCEPTED_STEP, recorded).execute();
            }
            return step;
        } finally {
            Wipe.bytes(secret);
        }
    }

    /** Wipes the subkeys this service holds; called when the vault locks. */
    public void wipe() {
        fields.wipe();
        Wipe.bytes(backupCodeKey);
    }

    private static MfaRecord requireState(DSLContext dsl, MfaState wanted, String otherwise) {
        MfaRecord row = dsl.selectFrom(MFA).fetchOne();
        if (row == null || !row.getState().equals(wanted.name())) {
            throw new VaultStateException(otherwise);
        }
        return row;
    }
}
