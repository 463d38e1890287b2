package app.nestegg.desktop.exchange;

import app.nestegg.vault.exchange.csv.CsvMapping;
import java.util.List;

/**
 * What the CSV detector made of a file: a mapping when it could decide everything, and otherwise the points it could
 * not decide, in words ("which column is the date").
 */
public record CsvGuess(CsvMapping mapping, List<String> undecided) {

    public CsvGuess {
        undecided = List.copyOf(undecided);
    }

    public boolean isDecided() {
        return mapping != null;
    }
}
