package app.nestegg.vault.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvDetectorTest {

    @Test
    void ambiguousDayAndMonthIsReportedWithTheValue() {
        CsvDetection detection =
                CsvDetector.detect("a.csv", "Date,Description,Amount\n01/02/2024,A,1.00\n03/04/2024,B,2.00\n");

        assertThat(detection.isDecided()).isFalse();
        assertThat(detection.undecided())
                .containsExactly("the date format: 01/02/2024 fits both MM/dd/yyyy and dd/MM/yyyy");
    }

    @Test
    void oneDisambiguatingValueSettlesTheDateFormat() {
        CsvDetection detection =
                CsvDetector.detect("a.csv", "Date,Description,Amount\n01/02/2024,A,1.00\n25/04/2024,B,2.00\n");

        assertThat(detection.mapping().dateFormat()).isEqualTo("dd/MM/yyyy");
    }

    @Test
    void unknownHeaderLanguageNamesTheUndecidedColumns() {
        CsvDetection detection = CsvDetector.detect(
                "x.csv", "Dag,Teksti,Summa,Saldo2\n2024-01-02,A,1.00,5.00\n2024-01-03,B,-2.00,3.00\n");

        assertThat(detection.isDecided()).isFalse();
        assertThat(detection.undecided())
                .singleElement()
                .asString()
                .startsWith("which column holds the amount: none of the headers (Dag, Teksti, Summa, Saldo2)");
    }

    @Test
    void semicolonAndCommaDecimalAreDetected() {
        CsvMapping mapping = CsvDetector.detect(
                        "de.csv", "Datum;Betrag;Beschreibung\n02.01.2024;-7,45;X\n03.01.2024;12,00;Y\n")
                .mapping();

        assertThat(mapping.delimiter()).isEqualTo(';');
        assertThat(mapping.decimalSeparator()).isEqualTo(',');
        assertThat(mapping.dateFormat()).isEqualTo("dd.MM.yyyy");
        assertThat(mapping.date()).isZero();
        assertThat(mapping.amount()).isEqualTo(1);
    }

    @Test
    void tabsAndAPreambleAreDetected() {
        CsvMapping mapping = CsvDetector.detect(
                        "t.csv", "Account 123\n\nFecha\tConcepto\tImporte\n2024-01-02\tA\t-1.50\n2024-01-03\tB\t2.00\n")
                .mapping();

        assertThat(mapping.delimiter()).isEqualTo('\t');
        assertThat(mapping.skipLines()).isEqualTo(2);
        assertThat(mapping.payee()).isEqualTo(1);
        assertThat(mapping.amount()).isEqualTo(2);
    }

    @Test
    void debitAndCreditColumnsReplaceTheAmount() {
        CsvMapping mapping = CsvDetector.detect(
                        "fr.csv", "Date d'opération;Libellé;Débit;Crédit\n02/01/2024;A;10,00;\n15/01/2024;B;;5,00\n")
                .mapping();

        assertThat(mapping.hasAmountColumn()).isFalse();
        assertThat(mapping.debit()).isEqualTo(2);
        assertThat(mapping.credit()).isEqualTo(3);
        assertThat(mapping.payee()).isEqualTo(1);
        assertThat(mapping.decimalSeparator()).isEqualTo(',');
    }

    @Test
    void postedDateWinsOverTransactionDate() {
        CsvMapping mapping = CsvDetector.detect(
                        "c.csv", "Transaction Date,Posted Date,Description,Amount\n2024-01-01,2024-01-02,A,1.00\n")
                .mapping();

        assertThat(mapping.date()).isEqualTo(1);
    }

    @Test
    void headerlessFileIsDetectedFromItsValues() {
        CsvMapping mapping = CsvDetector.detect("n.csv", "2024-01-02,Shop,-1.50\n2024-01-03,Pay,100.00\n")
                .mapping();

        assertThat(mapping.header()).isFalse();
        assertThat(mapping.date()).isZero();
        assertThat(mapping.amount()).isEqualTo(2);
        assertThat(mapping.payee()).isEqualTo(1);
    }

    @Test
    void thousandsOnlyAmountsLeaveTheDecimalSeparatorUndecided() {
        CsvDetection detection = CsvDetector.detect("k.csv", "Date,Description,Amount\n2024-01-02,A,1,234\n");

        assertThat(detection.isDecided()).isFalse();
    }
}
