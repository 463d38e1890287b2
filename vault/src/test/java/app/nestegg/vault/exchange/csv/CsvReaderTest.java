package app.nestegg.vault.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.StatementLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static final CsvMapping MAPPING = new CsvMapping(
            ',', 1, true, 0, 2, CsvMapping.NONE, CsvMapping.NONE, 1, CsvMapping.NONE, "yyyy-MM-dd", '.', true);

    private static final String TEXT = "Card export\nDate,Payee,Amount\n2024-01-02,\"Two\nlines\",12.00\n"
            + "2024-01-03,Shop,oops\n2024-01-04,Refund,-3.00\n";

    @Test
    void linesAreNumberedAsInTheFileAcrossQuotedLineBreaks() {
        String good = TEXT.replace("oops", "1.00");

        ParsedFile file = CsvReader.read("c.csv", good, MAPPING);

        List<StatementLine> lines = file.statements().get(0).lines();
        assertThat(lines).extracting(StatementLine::line).containsExactly(3, 5, 6);
        assertThat(lines.get(0).payee()).isEqualTo("Two\nlines");
        assertThat(lines.get(0).amount()).isEqualByComparingTo("-12.00");
    }

    @Test
    void previewShowsEachRowWithItsLineOrError() {
        List<CsvPreviewRow> rows = CsvReader.preview("c.csv", TEXT, MAPPING, 10);

        assertThat(rows).extracting(CsvPreviewRow::line).containsExactly(3, 5, 6);
        assertThat(rows.get(1).isValid()).isFalse();
        assertThat(rows.get(1).error())
                .isEqualTo("c.csv, line 5, Amount: 'oops' is not an amount with '.' as decimal separator");
        assertThat(rows.get(2).parsed().amount()).isEqualByComparingTo("3.00");
    }

    @Test
    void headersAreTheHeaderNamesOrNumberedColumns() {
        assertThat(CsvReader.headers(TEXT, MAPPING)).containsExactly("Date", "Payee", "Amount");
        CsvMapping noHeader = new CsvMapping(',', 2, false, 0, 2, -1, -1, 1, -1, "yyyy-MM-dd", '.', false);
        assertThat(CsvReader.headers(TEXT, noHeader)).containsExactly("Column 1", "Column 2", "Column 3");
    }
}
