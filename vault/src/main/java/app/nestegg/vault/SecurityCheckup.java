package app.nestegg.vault;

import app.nestegg.vault.security.KdfParameters;
import app.nestegg.vault.security.Keyring;
import app.nestegg.vault.security.MfaState;
import app.nestegg.vault.store.SecureFiles;
import app.nestegg.vault.store.VaultFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The security checkup: key derivation strength, MFA, backup codes, file permissions, last backup, auto-lock. */
final class SecurityCheckup {

    private static final Duration OLD_BACKUP = Duration.ofDays(7);

    private final VaultFolder folder;
    private final Clock clock;

    SecurityCheckup(VaultFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    List<CheckItem> run(Keyring keyring, MfaState mfa, int backupCodesLeft, Duration autoLockDelay) {
        List<CheckItem> items = new ArrayList<>();
        KdfParameters kdf = keyring.kdf().parameters();
        items.add(new CheckItem(
                "Key derivation",
                kdf.withinBounds() ? CheckItem.Level.OK : CheckItem.Level.PROBLEM,
                kdf.describe()
                        + (kdf.withinBounds() ? "" : " — below the minimum " + KdfParameters.MINIMUM.describe())));
        items.add(
                switch (mfa) {
                    case ACTIVE -> new CheckItem("Two-step unlock", CheckItem.Level.OK, "On (authenticator app)");
                    case PENDING ->
                        new CheckItem(
                                "Two-step unlock", CheckItem.Level.WARNING, "Set up but never confirmed with a code");
                    case OFF ->
                        new CheckItem("Two-step unlock", CheckItem.Level.WARNING, "Off: a passphrase alone unlocks");
                });
        if (mfa == MfaState.ACTIVE) {
            items.add(new CheckItem(
                    "Backup codes",
                    backupCodesLeft > 3 ? CheckItem.Level.OK : CheckItem.Level.WARNING,
                    backupCodesLeft + " of 10 left" + (backupCodesLeft > 3 ? "" : ": generate new ones")));
        }
        items.add(permissions());
        items.add(lastBackup());
        items.add(new CheckItem(
                "Auto-lock",
                autoLockDelay.compareTo(Duration.ofHours(1)) <= 0 ? CheckItem.Level.OK : CheckItem.Level.WARNING,
                "After " + autoLockDelay.toMinutes() + " minutes without activity"));
        return items;
    }

    private CheckItem permissions() {
        List<String> open = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder.path(), 1)) {
            for (Path path : files.toList()) {
                if (SecureFiles.openToOthers(path)) {
                    open.add(
                            folder.path().relativize(path).toString().isEmpty()
                                    ? "the vault folder"
                                    : folder.path().relativize(path).toString());
                }
            }
        } catch (IOException e) {
            return new CheckItem("File permissions", CheckItem.Level.PROBLEM, "Cannot read: " + e.getMessage());
        }
        return open.isEmpty()
                ? new CheckItem("File permissions", CheckItem.Level.OK, "Only you can read the vault's files")
                : new CheckItem(
                        "File permissions",
                        CheckItem.Level.PROBLEM,
                        "Readable by other users: " + String.join(", ", open) + " (run: chmod -R go-rwx " + folder
                                + ")");
    }

    private CheckItem lastBackup() {
        return folder.newestBackup()
                .map(backup -> {
                    Duration age;
                    try {
                        age = Duration.between(Files.getLastModifiedTime(backup).toInstant(), clock.instant());
                    } catch (IOException e) {
                        return new CheckItem("Last backup", CheckItem.Level.WARNING, "Cannot read " + backup);
                    }
                    return new CheckItem(
                            "Last backup",
                            age.compareTo(OLD_BACKUP) <= 0 ? CheckItem.Level.OK : CheckItem.Level.WARNING,
                            age.toDays() + " days ago: " + backup.getFileName());
                })
                .orElse(new CheckItem("Last backup", CheckItem.Level.WARNING, "No backup yet"));
    }
}
