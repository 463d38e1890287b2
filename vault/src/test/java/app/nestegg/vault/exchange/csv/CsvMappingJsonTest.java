package app.nestegg.vault.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.exchange.ImportException;
import org.junit.jupiter.api.Test;

class CsvMappingJsonTest {

    @Test
    void writtenMappingReadsBackEqual() {
        CsvMapping mapping = new CsvMapping('\t', 2, true, 0, CsvMapping.NONE, 3, 4, 1, 2, "dd.MM.yyyy", ',', true);

        assertThat(CsvMappingJson.read(CsvMappingJson.write(mapping), "m.json")).isEqualTo(mapping);
    }

    @Test
    void columnsByHeaderNameAreResolvedAgainstTheFile() {
        String json = """
                {"delimiter": ";", "columns": {"date": "Buchungstag", "amount": "Betrag (EUR)", "payee": 3},
                 "dateFormat": "dd.MM.yyyy", "decimalSeparator": ","}
                """;
        String csv = "\ufeffBuchungstag;Wertstellung;Empfänger;Betrag (EUR)\n02.01.2024;02.01.2024;X;1,00\n";

        CsvMapping mapping = CsvMappingJson.read(json, "giro.json", csv);

        assertThat(mapping.date()).isZero();
        assertThat(mapping.amount()).isEqualTo(3);
        assertThat(mapping.payee()).isEqualTo(2);
    }

    @Test
    void badMappingFileNamesTheField() {
        assertThatThrownBy(
                        () -> CsvMappingJson.read("{\"columns\": {\"date\": 1}, \"dateFormat\": \"yyyy\"}", "m.json"))
                .isInstanceOf(ImportException.class)
                .hasMessage("m.json, columns: give either an amount column or both a debit and a credit column");
        assertThatThrownBy(() -> CsvMappingJson.read(
                        "{\"columns\": {\"date\": 0, \"amount\": 2}, \"dateFormat\": \"d\"}", "m.json"))
                .hasMessage("m.json, columns.date: column numbers start at 1");
        assertThatThrownBy(() -> CsvMappingJson.read("{\"delimiter\": 5}", "m.json"))
                .hasMessage("m.json, delimiter: must be a string");
        assertThatThrownBy(() -> CsvMappingJson.read("{", "m.json")).isInstanceOf(ImportException.class);
    }
}
