package app.nestegg.vault.ledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void netWorthHasOneLinePerDayWithPlainAmountsAndNegativeLiabilities() {
        List<NetWorthPoint> days = List.of(
                point("2026-10-04", 100_000, -30_000),
                point("2026-10-05", 90_050, -30_000),
                point("2026-10-06", 1_234_567, 0));

        assertThat(ReportCsv.netWorth(days))
                .isEqualTo("date,assets,liabilities,net_worth,currency\n"
                        + "2026-10-04,1000.00,-300.00,700.00,USD\n"
                        + "2026-10-05,900.50,-300.00,600.50,USD\n"
                        + "2026-10-06,12345.67,0.00,12345.67,USD\n");
    }

    @Test
    void netWorthWithoutDaysIsTheHeaderAlone() {
        assertThat(ReportCsv.netWorth(List.of())).isEqualTo("date,assets,liabilities,net_worth,currency\n");
    }

    private static NetWorthPoint point(String day, long assets, long liabilities) {
        Currency usd = Currency.getInstance("USD");
        return new NetWorthPoint(
                LocalDate.parse(day),
                new Money(assets, usd),
                new Money(liabilities, usd),
                new Money(assets + liabilities, usd));
    }
}
