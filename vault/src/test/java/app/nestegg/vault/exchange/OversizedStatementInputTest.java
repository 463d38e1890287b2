package app.nestegg.vault.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Values far beyond what a bank writes are refused naming file, line and field (ADR 0038); within the limits long
 * payees and memos are read and shortened only when imported. Also the fuzzing findings in the OFX reader.
 */
class OversizedStatementInputTest {

    private static final int LIMIT = StatementLimits.MAX_FIELD_CHARS;

    private static ImportException refusal(String name, String content) {
        try {
            StatementFiles.read(name, content.getBytes(UTF_8), StatementReadOptions.defaults());
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError(name + " was read");
    }

    private static String qif(String payee, String memo, String amount) {
        return "!Type:Bank\nD01/15/2026\nT" + amount + "\nP" + payee + "\nM" + memo + "\n^\n";
    }

    @Test
    void aPayeeOverTheLimitIsRefusedNamingLineAndField() {
        ImportException e = refusal("huge.qif", qif("p".repeat(LIMIT + 1), "memo", "-12.50"));

        assertThat(e.field()).isEqualTo("payee");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage())
                .contains("huge.qif, line 2", "payee", (LIMIT + 1) + " characters", "at most " + LIMIT);
    }

    @Test
    void aPayeeAtTheLimitIsRead() {
        ParsedFile file = StatementFiles.read(
                "long.qif", qif("p".repeat(LIMIT), "memo", "-12.50").getBytes(UTF_8), StatementReadOptions.defaults());

        assertThat(file.statements().getFirst().lines().getFirst().payee()).hasSize(LIMIT);
    }

    @Test
    void anOverlongCsvLineIsRefusedNamingTheFieldItFillsAndItsLine() {
        String csv =
                "Date,Description,Amount\n01/15/2026,Coffee,-3.50\n01/16/2026," + "d".repeat(1_000_000) + ",-4.00\n";

        ImportException e = refusal("long-line.csv", csv);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("payee");
        assertThat(e.getMessage()).contains("1000000 characters");
    }

    @Test
    void aMemoOverTheLimitInOfxIsRefused() {
        String ofx = BadInputTestSupport.ofx(
                "<STMTTRN><DTPOSTED>20260115<TRNAMT>-1.00<FITID>1<MEMO>" + "m".repeat(LIMIT + 5) + "\n</STMTTRN>");

        ImportException e = refusal("memo.ofx", ofx);

        assertThat(e.field()).isEqualTo("memo");
        assertThat(e.getMessage()).contains("memo.ofx, line 4");
    }

    @Test
    void anAmountWithMoreDigitsThanTheLedgerHoldsIsRefused() {
        ImportException e = refusal("digits.qif", qif("Shop", "", "-" + "9".repeat(25) + ".00"));

        assertThat(e.field()).isEqualTo("amount");
        assertThat(e.getMessage()).contains("25 digits before the decimal point", "at most 18");
    }

    @Test
    void anAmountLongerThanAnyNumberIsNotAnAmount() {
        ImportException e = refusal("digits.qif", qif("Shop", "", "-" + "9".repeat(5_000) + ".00"));

        assertThat(e.field()).isEqualTo("amount");
        assertThat(e.getMessage()).contains("is not an amount");
    }

    @Test
    void anOfxTransactionThatOutlivesItsStatementIsRefused() {
        String ofx = BadInputTestSupport.ofx(
                "<STMTTRN><DTPOSTED>20260115<TRNAMT>-1.00<FITID>1\n<STMTRS></STMTRS></STMTTRN>");

        ImportException e = refusal("nested.ofx", ofx);

        assertThat(e.field()).isEqualTo("STMTTRN");
        assertThat(e.getMessage()).contains("nested.ofx, line 4", "ends after the statement it began in");
    }
}
