package app.nestegg.desktop.exchange.data;

import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.store.BackupFile;

/** One line of the backups table, its texts ready to show; {@code file} is what a restore needs. */
public record BackupRow(BackupFile file, String created, String kind, String size) {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    static BackupRow of(BackupFile file, Messages messages) {
        return new BackupRow(
                file, messages.dateTime(file.created()), file.kind().fileName(), size(file.size(), messages));
    }

    public String name() {
        return file.name();
    }

    /** KiB below one MiB, MiB above, one decimal place: a backup's size is a guide, not an account. */
    static String size(long bytes, Messages messages) {
        return bytes < MIB
                ? messages.format("data.sizeKib", bytes / (double) KIB)
                : messages.format("data.sizeMib", bytes / (double) MIB);
    }
}
