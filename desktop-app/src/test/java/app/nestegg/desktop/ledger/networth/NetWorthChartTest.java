package app.nestegg.desktop.ledger.networth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetWorthChartTest {

    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);

    @ParameterizedTest
    @CsvSource({"1, 400, 1", "2, 400, 2", "400, 400, 400", "401, 400, 400", "1827, 400, 400", "1827, 2, 2", "5, 3, 3"})
    void thinningKeepsAtMostTheLimitWithTheFirstAndLastDayInOrder(int days, int most, int kept) {
        List<NetWorthPoint> history = days(days);

        List<NetWorthPoint> thinned = NetWorthChart.thinned(history, most);

        assertThat(thinned).hasSize(kept).doesNotHaveDuplicates();
        assertThat(thinned.getFirst()).isEqualTo(history.getFirst());
        assertThat(thinned.getLast()).isEqualTo(history.getLast());
        assertThat(thinned).isSortedAccordingTo((a, b) -> a.day().compareTo(b.day()));
    }

    @Test
    void fiveYearsAreThinnedToEvenlySpacedDays() {
        List<NetWorthPoint> thinned = NetWorthChart.thinned(days(1827), NetWorthChart.MOST_POINTS);

        for (int i = 1; i < thinned.size(); i++) {
            long gap =
                    thinned.get(i).day().toEpochDay() - thinned.get(i - 1).day().toEpochDay();
            assertThat(gap).isBetween(4L, 5L);
        }
    }

    @Test
    void aLimitBelowTwoIsRefused() {
        assertThatThrownBy(() -> NetWorthChart.thinned(days(10), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<NetWorthPoint> days(int count) {
        Currency usd = Currency.getInstance("USD");
        List<NetWorthPoint> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Money amount = new Money(i * 100L, usd);
            days.add(new NetWorthPoint(FIRST.plusDays(i), amount, Money.zero(usd), amount));
        }
        return days;
    }
}
