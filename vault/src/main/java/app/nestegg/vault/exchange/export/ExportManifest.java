package app.nestegg.vault.exchange.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}, the last entry of an export: what wrote it, when, how many rows each section holds, and the
 * size and SHA-256 of every other entry. A reader checks all of it before it restores anything.
 *
 * @param format always {@link #FORMAT}: tells an export from any other zip holding a manifest
 */
record ExportManifest(
        String format,
        int formatVersion,
        String appVersion,
        Instant createdAt,
        Map<String, Long> counts,
        List<Entry> entries) {

    static final String FORMAT = "nest-egg-export";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY_NAME = "manifest.json";
    static final String DOCUMENT_NAME = "nestegg.json";

    ExportManifest {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** One entry of the zip: its name, its uncompressed size and the lower-case hex SHA-256 of its bytes. */
    record Entry(String name, long size, String sha256) {}
}
