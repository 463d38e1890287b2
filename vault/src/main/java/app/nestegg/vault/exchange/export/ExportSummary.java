package app.nestegg.vault.exchange.export;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote, or what a restore put into the vault.
 *
 * @param file the export file
 * @param encrypted whether the file is an age file
 * @param counts rows per section, keyed by section name ({@code accounts}, {@code transactions}, …) in export order
 */
public record ExportSummary(Path file, boolean encrypted, Map<String, Long> counts) {

    public ExportSummary {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    public long count(String section) {
        return counts.getOrDefault(section, 0L);
    }
}
