package app.nestegg.vault.ledger;

import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BalancesTest {

    @TempDir
    Path folder;

    @Test
    void balancesAndRunningBalancesAgreeWithTheRowsOnEveryDayOfTheMonth() {
        try (LedgerFixture fx = new LedgerFixture(folder)) {
            Account checking = fx.account("Checking", USD, "100.00");
            Account other = fx.account("Other", USD, "0");
            List<Transaction> added = new ArrayList<>();
            LocalDate first = LocalDate.of(2026, 8, 20);
            for (int i = 0; i < 60; i++) {
                String date = first.plusDays(i % 45).toString();
                added.add(fx.add(checking, date, "-" + (i + 1) + ".25", "Shop " + i));
                fx.add(other, date, "3", "Elsewhere " + i);
            }

            for (LocalDate day = first.minusDays(1); day.isBefore(first.plusDays(46)); day = day.plusDays(1)) {
                LocalDate asOf = day;
                long expected = 10_000
                        + added.stream()
                                .filter(t -> !t.date().isAfter(asOf))
                                .mapToLong(t -> t.amount().minor())
                                .sum();
                assertThat(fx.ledger.balances().balances(asOf).get(checking.id()))
                        .as("balance on %s", asOf)
                        .isEqualTo(new Money(expected, USD));
            }

            List<RegisterRow> rows = new ArrayList<>();
            PageKey key = null;
            do {
                RegisterPage page = fx.ledger.register().older(RegisterQuery.forAccount(checking.id()), key, 7);
                rows.addAll(page.rows());
                key = page.next();
            } while (key != null);
            long balance = 10_000;
            for (int i = rows.size() - 1; i >= 0; i--) {
                balance += rows.get(i).transaction().amount().minor();
                assertThat(rows.get(i).runningBalance())
                        .as(
                                "running balance after %s",
                                rows.get(i).transaction().payee())
                        .isEqualTo(new Money(balance, USD));
            }
        }
    }
}
