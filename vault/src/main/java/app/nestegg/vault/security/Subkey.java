package app.nestegg.vault.security;

/**
 * The purposes a key is stretched into with {@link Hkdf}. Each info string is part of the vault format: changing one
 * makes existing vaults unreadable.
 */
public enum Subkey {
    /** The H2 file password (the part before the space in H2's {@code CIPHER=AES} password). */
    H2_FILE_PASSWORD("nest-egg/h2-file-password"),
    /** The H2 user password (the part after the space). */
    H2_USER_PASSWORD("nest-egg/h2-user-password"),
    /** The AES-GCM key for individually encrypted fields. */
    FIELD_ENCRYPTION("nest-egg/field-encryption"),
    /** The HMAC key under which backup codes are stored. */
    BACKUP_CODE_HASHING("nest-egg/backup-code-hashing"),
    /** The HMAC key of the database seal, which detects changes to a cleanly locked database file. */
    DATABASE_SEAL("nest-egg/database-seal"),
    /** The key that wraps the master key under the recovery key; derived from the recovery key, not the master key. */
    RECOVERY_WRAP("nest-egg/recovery-wrap");

    private final String info;

    Subkey(String info) {
        this.info = info;
    }

    /** The HKDF info string for this purpose. */
    public String info() {
        return info;
    }
}
