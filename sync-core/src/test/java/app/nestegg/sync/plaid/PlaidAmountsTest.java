package app.nestegg.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.provider.ProviderAccountKind;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaidAmountsTest {

    @ParameterizedTest(name = "{0}: Plaid {1} is the ledger''s {2}")
    @CsvSource({
        "depository, 63.50, -63.50",
        "depository, -2500.00, 2500.00",
        "credit, 12.00, -12.00",
        "credit, -25.00, 25.00",
        "loan, -350.00, 350.00",
        "investment, 10.01, -10.01",
        "other, 0.00, 0.00"
    })
    void everyTransactionIsNegatedWhateverTheAccountType(String type, String plaid, String ledger) {
        assertThat(PlaidAmounts.kind(type)).isNotNull();
        assertThat(PlaidAmounts.transaction(new BigDecimal(plaid))).isEqualTo(new BigDecimal(ledger));
    }

    @ParameterizedTest(name = "{0}: current {1} is the ledger''s {2}")
    @CsvSource({
        "depository, 1903.12, 1903.12",
        "depository, -45.10, -45.10",
        "investment, 28734.19, 28734.19",
        "brokerage, 5.00, 5.00",
        "other, 7.00, 7.00",
        "credit, 1387.55, -1387.55",
        "credit, -20.00, 20.00",
        "loan, 65262.00, -65262.00"
    })
    void aCurrentBalanceOwedOnCreditAndLoansIsNegative(String type, String plaid, String ledger) {
        assertThat(PlaidAmounts.current(PlaidAmounts.kind(type), new BigDecimal(plaid)))
                .isEqualTo(new BigDecimal(ledger));
    }

    @ParameterizedTest
    @CsvSource({
        "depository, DEPOSITORY",
        "credit, CREDIT",
        "loan, LOAN",
        "investment, INVESTMENT",
        "brokerage, INVESTMENT",
        "other, OTHER",
        "something-new, OTHER"
    })
    void plaidTypesMapToKinds(String type, ProviderAccountKind kind) {
        assertThat(PlaidAmounts.kind(type)).isEqualTo(kind);
        assertThat(PlaidAmounts.owes(kind))
                .isEqualTo(kind == ProviderAccountKind.CREDIT || kind == ProviderAccountKind.LOAN);
    }

    @org.junit.jupiter.api.Test
    void noCurrentStaysNull() {
        assertThat(PlaidAmounts.current(ProviderAccountKind.CREDIT, null)).isNull();
    }
}
