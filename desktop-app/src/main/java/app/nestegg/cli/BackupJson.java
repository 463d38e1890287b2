package app.nestegg.cli;

import app.nestegg.vault.store.BackupFile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a backup reads on the command line: its UTC time, kind, name and size. */
final class BackupJson {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private BackupJson() {}

    static ObjectNode of(Cli cli, BackupFile backup) {
        return cli.jsonObject()
                .put("name", backup.name())
                .put("created", backup.created().toString())
                .put("kind", backup.kind().fileName())
                .put("size_bytes", backup.size())
                .put("path", backup.database().toString());
    }

    static String created(BackupFile backup) {
        return CREATED.format(backup.created());
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
