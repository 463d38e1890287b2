package app.nestegg.vault.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a write that failed for want of disk space from other failures. Java reports ENOSPC only as an
 * {@link IOException} with the system's text, so the text is matched; and since a failure can lose that text on its
 * way up, less than {@value #NEARLY_FULL} bytes free where the write went counts too.
 */
public final class DiskSpace {

    /** Less free space than this after a failed write counts as a full disk. */
    static final long NEARLY_FULL = 1024 * 1024;

    private DiskSpace() {}

    /** Whether {@code failure} (or a cause of it) is a full disk, where {@code where} is on the disk written to. */
    public static boolean ranOut(Throwable failure, Path where) {
        boolean storage = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            storage |=
                    cause instanceof IOException || cause instanceof SQLException || cause instanceof MVStoreException;
            String message =
                    cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("not enough space on the disk")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        // H2 can report a write it could not make only as "the database has been closed", without the system's text
        // (only for a failure of the storage: a refused input stays what it is, however full the disk)
        return storage && usableSpace(where) < NEARLY_FULL;
    }

    private static long usableSpace(Path where) {
        Path existing = where.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null
                    ? Long.MAX_VALUE
                    : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
