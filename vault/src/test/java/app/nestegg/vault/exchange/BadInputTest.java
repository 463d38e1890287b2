package app.nestegg.vault.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.exchange.csv.CsvMapping;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    private static final CsvMapping US = new CsvMapping(',', 0, true, 0, 2, -1, -1, 1, -1, "MM/dd/yyyy", '.', false);

    private static ImportException refusal(String name, String content) {
        return refusal(name, content.getBytes(UTF_8), StatementReadOptions.defaults());
    }

    private static ImportException refusal(String name, byte[] content, StatementReadOptions options) {
        try {
            StatementFiles.read(name, content, options);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError(name + " was read");
    }

    @Test
    void emptyFileIsRefused() {
        assertThat(refusal("empty.csv", "").getMessage()).isEqualTo("empty.csv: the file is empty");
        assertThat(refusal("blank.ofx", "  \r\n").getMessage()).contains("empty");
    }

    @Test
    void binaryFileIsRefused() {
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00};
        assertThat(refusal("statement.csv", zip, StatementReadOptions.defaults())
                        .getMessage())
                .isEqualTo("statement.csv: the file is binary (it contains NUL bytes), not a statement");
    }

    @Test
    void truncatedOfxNamesWhatIsMissing() {
        String text = new String(Samples.bytes("checking-ofx1-sgml.ofx"), UTF_8);
        String cut = text.substring(0, text.indexOf("</BANKTRANLIST>"));

        ImportException e = refusal("cut.ofx", cut);

        assertThat(e.getMessage()).startsWith("cut.ofx, line ").endsWith("the OFX ends before </BANKTRANLIST>");
    }

    @Test
    void ofxCutInsideATagIsRefused() {
        assertThat(refusal("cut.ofx", "OFXHEADER:100\n\n<OFX>\n<SIGNONMSGSRSV1").getMessage())
                .isEqualTo("cut.ofx, line 4: the OFX ends inside a tag");
    }

    @Test
    void ofxWithoutAStatementIsRefused() {
        String text = "OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
                + "</SONRS></SIGNONMSGSRSV1></OFX>";
        assertThat(refusal("empty.ofx", text).getMessage())
                .isEqualTo("empty.ofx: no bank or credit card statement in this OFX file");
    }

    @Test
    void ofxTransactionWithoutDateNamesTheTransaction() {
        String text = ofx("<STMTTRN><TRNAMT>1.00<FITID>1</STMTTRN><STMTTRN>\n<TRNAMT>2.00<FITID>2</STMTTRN>");
        ImportException e = refusal("nodate.ofx", text);
        assertThat(e.field()).isEqualTo("DTPOSTED");
        assertThat(e.getMessage()).endsWith("transaction 1 has no DTPOSTED");
    }

    @Test
    void ofxDateAndAmountThatDoNotParseAreNamed() {
        assertThat(refusal("d.ofx", ofx("<STMTTRN>\n<DTPOSTED>2024-01-05<TRNAMT>1</STMTTRN>"))
                        .getMessage())
                .isEqualTo("d.ofx, line 5, DTPOSTED: '2024-01-05' is not an OFX date");
        assertThat(refusal("a.ofx", ofx("<STMTTRN>\n<DTPOSTED>20240105<TRNAMT>12x</STMTTRN>"))
                        .getMessage())
                .isEqualTo("a.ofx, line 5, TRNAMT: '12x' is not an amount");
    }

    @Test
    void unknownQifTypeLineIsRefused() {
        ImportException e = refusal("prices.qif", "!Type:Invst\nD1/2'24\nT1.00\n^\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("'!Type:Invst' is not a bank, cash, card or asset/liability register");
    }

    @Test
    void qifDateAndAmountThatDoNotParseAreNamed() {
        assertThat(refusal("d.qif", "!Type:Bank\nD13/45'24\nT1.00\n^\n").getMessage())
                .isEqualTo("d.qif, line 2, date: '13/45'24' is not a QIF date");
        assertThat(refusal("t.qif", "!Type:Bank\nD1/2'24\nT1.0.0\n^\n").getMessage())
                .isEqualTo("t.qif, line 3, amount: '1.0.0' is not an amount");
    }

    @Test
    void csvRowThatDoesNotFitTheMappingNamesLineAndColumn() {
        String text = "Date,Payee,Amount\n01/02/2024,A,1.00\n01/03/2024,B\n";
        ImportException e = refusal("short.csv", text.getBytes(UTF_8), options(US));
        assertThat(e.getMessage()).isEqualTo("short.csv, line 3, Amount: the row has 2 columns, the mapping needs 3");
    }

    @Test
    void csvDateAndAmountThatDoNotParseAreNamed() {
        String badDate = "Date,Payee,Amount\n01/02/2024,A,1.00\n2024-13-01,B,2.00\n";
        assertThat(refusal("d.csv", badDate.getBytes(UTF_8), options(US)).getMessage())
                .isEqualTo("d.csv, line 3, Date: '2024-13-01' is not a date in the format MM/dd/yyyy");
        String badAmount = "Date,Payee,Amount\n01/02/2024,A,12;50\n";
        assertThat(refusal("a.csv", badAmount.getBytes(UTF_8), options(US)).getMessage())
                .isEqualTo("a.csv, line 2, Amount: '12;50' is not an amount with '.' as decimal separator");
    }

    @Test
    void hugeFileIsRefusedFromItsSizeWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.ofx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(2L * 1024 * 1024 * 1024);
        }

        assertThatThrownBy(() -> StatementFiles.read(file, StatementReadOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessage("huge.ofx: the file is 2.0 GB; statement files up to 200 MB are imported");
        Files.delete(file);
    }

    private static StatementReadOptions options(CsvMapping mapping) {
        return StatementReadOptions.defaults().withCsvMapping(mapping);
    }

    static String ofx(String transactions) {
        return BadInputTestSupport.ofx(transactions);
    }
}
