package app.nestegg.vault;

import java.util.Objects;

/** The second unlock step: nothing, a 6-digit authenticator code, or one of the backup codes. */
public record SecondFactor(Kind kind, CharSequence code) {

    public enum Kind {
        NONE,
        AUTHENTICATOR_CODE,
        BACKUP_CODE
    }

    public SecondFactor {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.NONE) {
            Objects.requireNonNull(code, "code");
        }
    }

    public static SecondFactor none() {
        return new SecondFactor(Kind.NONE, null);
    }

    public static SecondFactor authenticatorCode(CharSequence code) {
        return new SecondFactor(Kind.AUTHENTICATOR_CODE, code);
    }

    public static SecondFactor backupCode(CharSequence code) {
        return new SecondFactor(Kind.BACKUP_CODE, code);
    }

    @Override
    public String toString() {
        return "SecondFactor[" + kind + "]";
    }
}
