package app.nestegg.vault.ledger.invest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWeightedReturnTest {

    @Test
    void chainsTheSubPeriodReturns() {
        // +10 % then -10 %: 1.1 x 0.9 - 1 = -1 %, whatever was added between them.
        var periods = List.of(period("1000", "1100"), period("2200", "1980"));

        assertThat(TimeWeightedReturn.chain(periods)).hasValue(new BigDecimal("-0.0100000000"));
    }

    @Test
    void aPeriodWithNothingInvestedIsLeftOut() {
        var periods = List.of(period("1000", "1200"), period("0", "0"), period("500", "550"));

        // 1.2 x 1.1 - 1
        assertThat(TimeWeightedReturn.chain(periods)).hasValue(new BigDecimal("0.3200000000"));
    }

    @Test
    void nothingInvestedAtAllHasNoReturn() {
        assertThat(TimeWeightedReturn.chain(List.of(period("0", "10")))).isEmpty();
    }

    @Test
    void twoYearsOfTwentyOnePercentIsTenPercentAYear() {
        assertThat(TimeWeightedReturn.annualised(new BigDecimal("0.21"), 730).doubleValue())
                .isCloseTo(0.10, org.assertj.core.api.Assertions.within(1e-9));
    }

    private static TimeWeightedReturn.Period period(String start, String end) {
        return new TimeWeightedReturn.Period(new BigDecimal(start), new BigDecimal(end));
    }
}
