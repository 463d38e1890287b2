package app.nestegg.vault.security;

/** The security events the audit log records; stored by name. */
public enum AuditKind {
    VAULT_CREATED,
    UNLOCKED,
    UNLOCK_FAILED,
    LOCKED_OUT,
    MFA_ENABLED,
    MFA_DISABLED,
    BACKUP_CODE_USED,
    BACKUP_CODES_REGENERATED,
    PASSPHRASE_CHANGED,
    RECOVERY_USED,
    TERMS_ACCEPTED,
    AUTO_LOCK_CHANGED,
    EXPORT,
    ERASE_REQUESTED,
    AUDIT_RETENTION_CHANGED
}
