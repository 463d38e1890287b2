package app.nestegg.sync.teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TellerAmountsTest {

    @ParameterizedTest(name = "{0} on a credit account={1} becomes {2}")
    @CsvSource({
        "-51.19, false, -51.19", // checking: spending stays negative
        "1850.00, false, 1850.00", // checking: income stays positive
        "86.46, true, -86.46", // card: a purchase is money out
        "-300.00, true, 300.00", // card: a payment is money in
        "0.00, true, 0.00"
    })
    void transactionAmountsArriveInTheLedgersSign(String teller, boolean credit, String ledger) {
        assertThat(TellerAmounts.transaction(teller, credit)).isEqualByComparingTo(ledger);
    }

    @ParameterizedTest(name = "ledger {0} on a credit account={1} becomes {2}")
    @CsvSource({"2417.80, false, 2417.80", "-12.00, false, -12.00", "120.00, true, -120.00", "-5.00, true, 5.00"})
    void ledgerBalanceOfACardIsWhatIsOwedAsANegative(String teller, boolean credit, String ledger) {
        assertThat(TellerAmounts.ledgerBalance(teller, credit)).isEqualByComparingTo(ledger);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2392.80", "4880.00"})
    void availableAmountIsKeptAsSent(String available) {
        assertThat(TellerAmounts.availableBalance(available)).isEqualByComparingTo(available);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void absentBalancesStayAbsent(boolean credit) {
        assertThat(TellerAmounts.ledgerBalance(null, credit)).isNull();
        assertThat(TellerAmounts.availableBalance(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12,50", "NaN", "1e"})
    void textThatIsNoDecimalIsRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> TellerAmounts.transaction(text, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void precisionIsKeptExactly() {
        assertThat(TellerAmounts.transaction("-0.10", false)).isEqualTo(new BigDecimal("-0.10"));
    }
}
