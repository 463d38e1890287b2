package app.nestegg.vault.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.AccountType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleFilesTest {

    private static ParsedFile read(String name) {
        return StatementFiles.read(Samples.path(name), StatementReadOptions.defaults());
    }

    private static List<StatementLine> lines(String name) {
        return read(name).statements().get(0).lines();
    }

    @ParameterizedTest
    @CsvSource({
        "checking-ofx1-sgml.ofx, OFX, 6, 644.08",
        "card-ofx2-xml.qfx,      OFX, 4, 352.84",
        "bank-quicken.qif,       QIF, 4, 1653.57",
        "checking-us.csv,        CSV, 5, 647.58",
        "girokonto-de.csv,       CSV, 4, 1966.55",
        "card-debit-credit.csv,  CSV, 4, 352.84"
    })
    void everySampleGivesTheExpectedRowsAndSum(String name, StatementFormat format, int rows, BigDecimal sum) {
        ParsedFile file = read(name);

        assertThat(file.format()).isEqualTo(format);
        assertThat(file.lineCount()).isEqualTo(rows);
        assertThat(Samples.sum(file)).isEqualByComparingTo(sum);
    }

    @Test
    void sgmlOfxKeepsPayeeMemoFitidCheckNumberAndPrintedDates() {
        ParsedFile file = read("checking-ofx1-sgml.ofx");
        ParsedStatement statement = file.statements().get(0);
        List<StatementLine> lines = statement.lines();

        assertThat(statement.account())
                .isEqualTo(new StatementAccount("MAPLE CU", "211274450", "000123456789", AccountType.CHECKING));
        assertThat(statement.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(lines.get(0).payee()).isEqualTo("ACME PAYROLL");
        assertThat(lines.get(0).memo()).isEqualTo("DIRECT DEP");
        assertThat(lines.get(0).externalId()).isEqualTo("202401020001");
        assertThat(lines.get(0).date()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(lines.get(0).line()).isEqualTo(43);
        assertThat(lines.get(1).checkNumber()).isEqualTo("1042");
        assertThat(lines.get(1).memo()).isNull();
        assertThat(lines)
                .extracting(StatementLine::date)
                .containsExactly(
                        LocalDate.of(2024, 1, 2),
                        LocalDate.of(2024, 1, 3),
                        LocalDate.of(2024, 1, 5),
                        LocalDate.of(2024, 1, 15),
                        LocalDate.of(2024, 1, 20),
                        LocalDate.of(2024, 1, 31));
        assertThat(lines.get(5).payee()).isEqualTo("MONTHLY SERVICE FEE");
    }

    @Test
    void xmlCardOfxDecodesEntitiesAndHintsACard() {
        ParsedStatement statement = read("card-ofx2-xml.qfx").statements().get(0);

        assertThat(statement.account().institution()).isEqualTo("Harbor Card Services");
        assertThat(statement.account().accountNumber()).isEqualTo("4111XXXXXXXX1111");
        assertThat(statement.account().typeHint()).isEqualTo(AccountType.CREDIT_CARD);
        assertThat(statement.lines().get(0).payee()).isEqualTo("CORNER BISTRO & BAR");
        assertThat(statement.lines().get(0).amount()).isEqualByComparingTo("-42.17");
        assertThat(statement.lines().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 4));
        assertThat(statement.lines().get(1).memo()).isEqualTo("ONLINE");
        assertThat(statement.lines().get(3).externalId()).isEqualTo("2024012524692160002000004");
    }

    @Test
    void qifReadsItsDateStylesSplitAndTransfer() {
        List<StatementLine> lines = lines("bank-quicken.qif");

        assertThat(lines)
                .extracting(StatementLine::date)
                .containsExactly(
                        LocalDate.of(2024, 1, 2),
                        LocalDate.of(2024, 1, 5),
                        LocalDate.of(2024, 1, 10),
                        LocalDate.of(2024, 1, 20));
        assertThat(lines.get(0).amount()).isEqualByComparingTo("2450.00");
        assertThat(lines.get(0).category()).isEqualTo("Salary");
        assertThat(lines.get(0).memo()).isEqualTo("Direct deposit");
        assertThat(lines.get(2).splits())
                .containsExactly(
                        new StatementSplit("Utilities:Electric", new BigDecimal("-130.00"), null),
                        new StatementSplit("Utilities:Water", new BigDecimal("-80.00"), null));
        assertThat(lines.get(2).line()).isEqualTo(13);
        assertThat(lines.get(3).transferAccount()).isEqualTo("Savings");
        assertThat(lines.get(3).category()).isNull();
    }

    @Test
    void usCsvKeepsTheQuotedCommaAndIgnoresTheBalance() {
        List<StatementLine> lines = lines("checking-us.csv");

        assertThat(lines.get(2).payee()).isEqualTo("GREEN LEAF GROCERS #12, SPRINGFIELD");
        assertThat(lines.get(2).amount()).isEqualByComparingTo("-86.43");
        assertThat(lines.get(2).line()).isEqualTo(4);
        assertThat(lines.get(0).date()).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void germanCsvReadsBomSemicolonsHeaderDatesAndCommaDecimals() {
        List<StatementLine> lines = lines("girokonto-de.csv");

        assertThat(lines.get(0).amount()).isEqualByComparingTo("3120.00");
        assertThat(lines.get(0).date()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(lines.get(0).payee()).isEqualTo("Arbeitgeber GmbH");
        assertThat(lines.get(0).memo()).isEqualTo("Gehalt Januar");
        assertThat(lines.get(1).payee()).isEqualTo("Bäckerei Müller");
        assertThat(lines.get(1).memo()).isEqualTo("Kartenzahlung; Filiale 3");
        assertThat(lines.get(3).amount()).isEqualByComparingTo("-1050.00");
    }

    @Test
    void debitCreditCsvKeepsThePostedDateAndSignsDebitsNegative() {
        List<StatementLine> lines = lines("card-debit-credit.csv");

        assertThat(lines)
                .extracting(StatementLine::date)
                .containsExactly(
                        LocalDate.of(2024, 1, 4),
                        LocalDate.of(2024, 1, 9),
                        LocalDate.of(2024, 1, 12),
                        LocalDate.of(2024, 1, 25));
        assertThat(lines)
                .extracting(StatementLine::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("-42.17"),
                        new BigDecimal("-129.99"),
                        new BigDecimal("25.00"),
                        new BigDecimal("500.00"));
        assertThat(lines.get(0).payee()).isEqualTo("CORNER BISTRO & BAR");
    }
}
