package app.nestegg.vault.exchange.csv;

import java.util.List;

/**
 * What the detector made of a CSV file: a mapping when every point was decided, otherwise the points it could not
 * decide, each in words (and the mapping is null).
 */
public record CsvDetection(CsvMapping mapping, List<String> undecided) {

    public CsvDetection {
        undecided = List.copyOf(undecided);
        if ((mapping == null) == undecided.isEmpty()) {
            throw new IllegalArgumentException("Either a mapping or what is undecided");
        }
    }

    public boolean isDecided() {
        return mapping != null;
    }
}
