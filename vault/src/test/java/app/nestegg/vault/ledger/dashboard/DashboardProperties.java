package app.nestegg.vault.ledger.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.TransactionDraft;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Over generated ledgers (two currencies, rows over the last three months, filed under income or expense categories
 * or left uncategorised), the dashboard's net worth, month figures, budget spending and large transactions equal sums
 * taken independently, in Java, over every row the test wrote. The vault grows from try to try; so does the model.
 */
class DashboardProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final long EUR_IN_USD = 2;
    private static final List<Written> WRITTEN = new ArrayList<>();
    private static Path folder;
    private static LedgerFixture fx;
    private static Account dollars;
    private static Account euros;
    private static List<Category> categories;
    private static List<CategoryKind> kinds;

    @BeforeContainer
    static void openVault() throws IOException {
        folder = Files.createTempDirectory("dashboard-properties");
        fx = new LedgerFixture(folder);
        fx.ledger.rates().set(LedgerFixture.EUR, LedgerFixture.USD, LocalDate.of(2019, 1, 1), BigDecimal.TWO);
        dollars = fx.account("Dollars", LedgerFixture.USD, "0.00");
        euros = fx.account("Euros", LedgerFixture.EUR, "0.00");
        categories = List.of(
                fx.ledger.categories().find("Groceries"),
                fx.ledger.categories().find("Fuel"),
                fx.ledger.categories().find("Salary"));
        kinds = List.of(CategoryKind.EXPENSE, CategoryKind.EXPENSE, CategoryKind.INCOME);
    }

    @AfterContainer
    static void closeVault() throws IOException {
        fx.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 15)
    void dashboardFiguresEqualIndependentSums(@ForAll("rows") List<Row> rows) {
        rows.forEach(DashboardProperties::write);

        DashboardFigures figures = fx.ledger.dashboard().figures(DashboardRange.ONE_MONTH);

        YearMonth thisMonth = YearMonth.from(TODAY);
        long income = 0;
        long spending = 0;
        long filedSpending = 0;
        long netWorth = 0;
        for (Written row : WRITTEN) {
            netWorth += row.base();
            if (!YearMonth.from(row.date()).equals(thisMonth)) {
                continue;
            }
            boolean isIncome = row.category() < 0 ? row.base() > 0 : kinds.get(row.category()) == CategoryKind.INCOME;
            if (isIncome) {
                income += row.base();
            } else {
                spending -= row.base();
                filedSpending -= row.category() < 0 ? 0 : row.base();
            }
        }
        assertThat(figures.netWorth().netWorth().minor()).as("net worth").isEqualTo(netWorth);
        assertThat(figures.month().income().minor()).as("income").isEqualTo(income);
        assertThat(figures.month().expenses().minor()).as("spending").isEqualTo(spending);
        assertThat(figures.month().net().minor()).as("cash flow").isEqualTo(income - spending);
        assertThat(figures.budgetGroups().stream()
                        .mapToLong(g -> g.actual().minor())
                        .sum())
                .as("spent by budget groups")
                .isEqualTo(filedSpending);
        assertThat(figures.largeTransactions())
                .extracting(t -> Math.abs(t.baseAmount().minor()))
                .as("large transactions")
                .containsExactlyElementsOf(WRITTEN.stream()
                        .filter(w -> !w.date().isBefore(TODAY.minusDays(Dashboard.LARGE_DAYS - 1L)))
                        .map(w -> Math.abs(w.base()))
                        .sorted(Comparator.reverseOrder())
                        .limit(Dashboard.LARGE_COUNT)
                        .toList());
    }

    private static void write(Row row) {
        Account account = row.euros() ? euros : dollars;
        LocalDate date = TODAY.minusDays(row.daysAgo());
        TransactionDraft draft = TransactionDraft.of(account.id(), date, BigDecimal.valueOf(row.cents(), 2), "Payee");
        if (row.category() >= 0) {
            draft = draft.withCategory(categories.get(row.category()).id());
        }
        fx.ledger.transactions().add(draft);
        WRITTEN.add(new Written(date, row.cents() * (row.euros() ? EUR_IN_USD : 1), row.category()));
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 90),
                        Arbitraries.longs().between(-500_000, 500_000).filter(c -> c != 0),
                        Arbitraries.integers().between(-1, 2),
                        Arbitraries.of(true, false))
                .as(Row::new)
                .list()
                .ofMaxSize(12);
    }

    record Row(int daysAgo, long cents, int category, boolean euros) {}

    /** A row as written: its day, its amount in dollar cents, its category index (−1 for none). */
    record Written(LocalDate date, long base, int category) {}
}
