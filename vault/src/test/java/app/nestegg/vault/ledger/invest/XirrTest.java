package app.nestegg.vault.ledger.invest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class XirrTest {

    @Test
    void matchesTheSpreadsheetExampleOfIrregularFlows() {
        // The example published with spreadsheet XIRR functions; its answer is 0.373362535.
        List<CashFlow> flows = List.of(
                flow("2008-01-01", "-10000"),
                flow("2008-03-01", "2750"),
                flow("2008-10-30", "4250"),
                flow("2009-02-15", "3250"),
                flow("2009-04-01", "2750"));

        assertThat(Xirr.rate(flows))
                .hasValueSatisfying(rate -> assertThat(rate.doubleValue()).isCloseTo(0.373362535, within(1e-8)));
    }

    @Test
    void oneYearOfGrowthIsThatYearsRate() {
        // 365 days apart, so the rate is exactly 1100 / 1000 - 1.
        List<CashFlow> flows = List.of(flow("2021-01-01", "-1000"), flow("2022-01-01", "1100"));

        assertThat(Xirr.rate(flows))
                .hasValueSatisfying(rate -> assertThat(rate.doubleValue()).isCloseTo(0.10, within(1e-9)));
    }

    @Test
    void aPeriodLongerThanAYearIsCompoundedOverItsDays() {
        // 731 days: (2000 / 1000)^(365 / 731) - 1.
        List<CashFlow> flows = List.of(flow("2020-01-01", "-1000"), flow("2022-01-01", "2000"));

        double expected = Math.pow(2, 365.0 / 731) - 1;
        assertThat(Xirr.rate(flows))
                .hasValueSatisfying(rate -> assertThat(rate.doubleValue()).isCloseTo(expected, within(1e-9)));
    }

    @Test
    void aNearTotalLossIsFoundWhereNewtonFromTenPercentFails() {
        List<CashFlow> flows = List.of(flow("2020-01-01", "-1000"), flow("2020-12-31", "1"));

        double expected = Math.pow(0.001, 365.0 / 365) - 1;
        assertThat(Xirr.rate(flows))
                .hasValueSatisfying(rate -> assertThat(rate.doubleValue()).isCloseTo(expected, within(1e-6)));
    }

    @Test
    void flowsThatDoNotChangeSignHaveNoRate() {
        assertThat(Xirr.rate(List.of(flow("2020-01-01", "-1000"), flow("2021-01-01", "-5"))))
                .isEmpty();
        assertThat(Xirr.rate(List.of(flow("2020-01-01", "1000"), flow("2021-01-01", "5"))))
                .isEmpty();
    }

    private static CashFlow flow(String date, String amount) {
        return new CashFlow(LocalDate.parse(date), new BigDecimal(amount));
    }
}
