package app.nestegg.vault.exchange.qif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QifDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1/ 2'24|2024-01-02",
                "1/20'24|2024-01-20",
                "01/10/2024|2024-01-10",
                "1/2/24|2024-01-02",
                "2024-01-02|2024-01-02",
                "12/31' 5|2005-12-31",
                "12/31/98|1998-12-31",
                "6/15'99|2099-06-15"
            })
    void quickenDateStylesAreReadMonthFirst(String text, LocalDate expected) {
        assertThat(QifDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "13/01/2024", "2/30'24", "1/2", "a/b/c", "1/2/3/4", "1 2/3/2024"})
    void notDatesAreRefused(String text) {
        assertThat(QifDates.parse(text)).isNull();
    }
}
