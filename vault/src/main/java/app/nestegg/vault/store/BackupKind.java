package app.nestegg.vault.store;

import java.util.Locale;

/** Why a backup was taken; its name carries the kind, and rotation keeps each kind apart. */
public enum BackupKind {
    DAILY,
    BEFORE_MIGRATION,
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    MANUAL;

    /** The spelling in file names and on the command line: {@code before-import}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static BackupKind fromFileName(String text) {
        for (BackupKind kind : values()) {
            if (kind.fileName().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
