package app.nestegg.vault.exchange;

import app.nestegg.vault.exchange.csv.CsvMapping;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user told the import: a format that overrides sniffing, and a CSV mapping that overrides detection.
 */
public record StatementReadOptions(Optional<StatementFormat> format, Optional<CsvMapping> csvMapping) {

    public StatementReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(csvMapping, "csvMapping");
    }

    public static StatementReadOptions defaults() {
        return new StatementReadOptions(Optional.empty(), Optional.empty());
    }

    public StatementReadOptions withFormat(StatementFormat value) {
        return new StatementReadOptions(Optional.of(value), csvMapping);
    }

    public StatementReadOptions withCsvMapping(CsvMapping value) {
        return new StatementReadOptions(format, Optional.of(value));
    }
}
