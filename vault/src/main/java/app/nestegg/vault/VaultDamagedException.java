package app.nestegg.vault;

import java.nio.file.Path;
import java.util.Optional;

/** A vault file cannot be read as the app wrote it: it was damaged, truncated or replaced. */
public final class VaultDamagedException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final transient Path damagedFile;
    private final transient Path newestBackup;

    public VaultDamagedException(Path damagedFile, String what, Optional<Path> newestBackup) {
        super(message(damagedFile, what, newestBackup));
        this.damagedFile = damagedFile;
        this.newestBackup = newestBackup.orElse(null);
    }

    public Path damagedFile() {
        return damagedFile;
    }

    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }

    private static String message(Path file, String what, Optional<Path> backup) {
        return "The vault file " + file + " is damaged (" + what + "). "
                + backup.map(b -> "Restore from the newest backup: " + b + ".")
                        .orElse("No backup was found in the vault's backups folder.");
    }
}
