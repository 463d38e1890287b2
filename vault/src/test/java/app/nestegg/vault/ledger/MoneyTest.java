package app.nestegg.vault.ledger;

import static app.nestegg.vault.ledger.LedgerFixture.JPY;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"12.5,USD,1250", "-0.01,USD,-1", "1000,JPY,1000", "1.234,BHD,1234", "7.000,USD,700"})
    void parsesDecimalsIntoMinorUnitsOfTheCurrency(String text, String code, long minor) {
        assertThat(Money.parse(text, Currency.getInstance(code), "amount").minor())
                .isEqualTo(minor);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.parse("1.5", JPY, "amount"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("too many decimals for JPY (at most 0)");
    }

    @Test
    void refusesTextThatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.parse("12,50", USD, "amount"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("'12,50' is not an amount");
    }

    @Test
    void refusesAmountsThatDoNotFitInMinorUnits() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e30"), USD, "amount"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void arithmeticRefusesToMixCurrencies() {
        assertThatThrownBy(() -> new Money(1, USD).plus(new Money(1, JPY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Money(150, USD).minus(new Money(200, USD))).isEqualTo(new Money(-50, USD));
    }

    @Test
    void printsWithTheCurrencysDecimals() {
        assertThat(new Money(-5, USD).toPlainString()).isEqualTo("-0.05");
        assertThat(new Money(5, JPY).toPlainString()).isEqualTo("5");
    }

    @Test
    void roundsConversionsHalfEven() {
        assertThat(Money.rounded(new BigDecimal("0.125"), USD).minor()).isEqualTo(12);
        assertThat(Money.rounded(new BigDecimal("0.135"), USD).minor()).isEqualTo(14);
    }
}
