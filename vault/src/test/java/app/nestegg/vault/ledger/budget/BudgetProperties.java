package app.nestegg.vault.ledger.budget;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.report.IncomeExpenseReport;
import app.nestegg.vault.ledger.report.MonthRange;
import app.nestegg.vault.ledger.report.SpendingReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Over generated ledgers (two currencies, plain and split rows, income and expense categories, budgets and rollover),
 * every line of a month's budget, and the spending and income reports over the months, equal sums taken
 * independently, in Java, over the rows the test wrote.
 */
class BudgetProperties {

    private static final BigDecimal EUR_IN_USD = new BigDecimal("2");
    private static final AtomicInteger RUN = new AtomicInteger();
    private static Path folder;
    private static LedgerFixture fx;
    private static Account dollars;
    private static Account euros;
    private static List<Category> categories;
    private static Map<java.util.UUID, CategoryKind> kinds;

    @BeforeContainer
    static void openVault() throws IOException {
        folder = Files.createTempDirectory("budget-properties");
        fx = new LedgerFixture(folder);
        fx.ledger.rates().set(LedgerFixture.EUR, LedgerFixture.USD, LocalDate.of(1990, 1, 1), EUR_IN_USD);
        dollars = fx.account("Dollars", LedgerFixture.USD, "0.00");
        euros = fx.account("Euros", LedgerFixture.EUR, "0.00");
        categories = List.of(
                fx.ledger.categories().find("Groceries"),
                fx.ledger.categories().find("Restaurants"),
                fx.ledger.categories().find("Fuel"),
                fx.ledger.categories().find("Salary"));
        kinds = new HashMap<>();
        fx.ledger.categories().list().forEach(g -> g.categories().forEach(c -> kinds.put(c.id(), g.kind())));
    }

    @AfterContainer
    static void closeVault() throws IOException {
        fx.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 25)
    void everyLineEqualsIndependentSums(
            @ForAll("rows") List<Row> rows,
            @ForAll("budgets") List<Long> budgetCents,
            @ForAll("categoryIndex") int rolloverCategory) {
        int year = 2000 + RUN.incrementAndGet();
        YearMonth last = YearMonth.of(year, 3);
        Map<String, Long> filed = new HashMap<>();
        for (Row row : rows) {
            write(row, year, filed);
        }
        for (int i = 0; i < budgetCents.size(); i++) {
            Category category = categories.get(i % categories.size());
            YearMonth month = YearMonth.of(year, 1 + i / categories.size());
            fx.ledger.budgets().set(category.id(), month, new Money(budgetCents.get(i), LedgerFixture.USD));
        }
        Category rolling = categories.get(rolloverCategory);
        boolean rolls = kinds.get(rolling.id()) == CategoryKind.EXPENSE;
        fx.ledger.budgets().setRollover(rolling.id(), rolls, YearMonth.of(year, 1));

        BudgetMonth month = fx.ledger.budgets().month(last);

        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            boolean expense = kinds.get(category.id()) == CategoryKind.EXPENSE;
            long sign = expense ? -1 : 1;
            long budget = budgetOf(budgetCents, c, 3);
            long actual = sign * filed.getOrDefault(category.id() + "/" + 3, 0L);
            long carried = 0;
            if (rolls && category.equals(rolling)) {
                for (int m = 1; m < 3; m++) {
                    carried += budgetOf(budgetCents, c, m) + filed.getOrDefault(category.id() + "/" + m, 0L);
                }
            }
            BudgetLine line = BudgetsTest.line(month, category);
            assertThat(line.actual().minor())
                    .as("actual of %s", category.name())
                    .isEqualTo(actual);
            assertThat(line.budgeted().minor())
                    .as("budget of %s", category.name())
                    .isEqualTo(budget);
            assertThat(line.carried().minor())
                    .as("carried of %s", category.name())
                    .isEqualTo(carried);
            assertThat(line.remaining().minor())
                    .as("remaining of %s", category.name())
                    .isEqualTo(expense ? budget + carried - actual : budget - actual);
        }
        long spent = month.lines().stream()
                .filter(l -> l.kind() == CategoryKind.EXPENSE)
                .mapToLong(l -> l.actual().minor())
                .sum();
        assertThat(month.expensesSpent().minor()).isEqualTo(spent);
        assertReportsEqualIndependentSums(year, filed);
        fx.ledger.budgets().setRollover(rolling.id(), false, last);
    }

    /** The spending and income reports over the three months against the same sums taken in Java. */
    private static void assertReportsEqualIndependentSums(int year, Map<String, Long> filed) {
        MonthRange range = new MonthRange(YearMonth.of(year, 1), YearMonth.of(year, 3));
        SpendingReport spending = fx.ledger.reports().spending(range);
        IncomeExpenseReport flows = fx.ledger.reports().incomeAndExpenses(range);
        long income = 0;
        long expenses = 0;
        for (Category category : categories) {
            long sum = 0;
            for (int m = 1; m <= 3; m++) {
                sum += filed.getOrDefault(category.id() + "/" + m, 0L);
            }
            if (kinds.get(category.id()) == CategoryKind.EXPENSE) {
                expenses -= sum;
                long spent = -sum;
                assertThat(spending.categories().stream()
                                .filter(l -> category.id().equals(l.categoryId()))
                                .mapToLong(l -> l.amount().minor())
                                .sum())
                        .as("spending on %s", category.name())
                        .isEqualTo(spent);
            } else {
                income += sum;
            }
        }
        assertThat(flows.income().minor()).isEqualTo(income);
        assertThat(flows.expenses().minor()).isEqualTo(expenses);
        assertThat(spending.total().minor()).isEqualTo(expenses);
    }

    private static long budgetOf(List<Long> budgetCents, int category, int month) {
        int index = (month - 1) * categories.size() + category;
        return index < budgetCents.size() ? budgetCents.get(index) : 0;
    }

    private static void write(Row row, int year, Map<String, Long> filed) {
        Account account = row.euros() ? euros : dollars;
        long factor = row.euros() ? EUR_IN_USD.longValueExact() : 1;
        LocalDate date = LocalDate.of(year, row.month(), row.day());
        BigDecimal amount = BigDecimal.valueOf(row.cents(), 2);
        Category first = categories.get(row.category());
        TransactionDraft draft = TransactionDraft.of(account.id(), date, amount, "Payee");
        if (row.split()) {
            long half = row.cents() / 2;
            Category second = categories.get((row.category() + 1) % categories.size());
            draft = draft.withSplits(List.of(
                    new SplitDraft(first.id(), BigDecimal.valueOf(half, 2), null),
                    new SplitDraft(second.id(), BigDecimal.valueOf(row.cents() - half, 2), null)));
            filed.merge(first.id() + "/" + row.month(), half * factor, Long::sum);
            filed.merge(second.id() + "/" + row.month(), (row.cents() - half) * factor, Long::sum);
        } else {
            draft = draft.withCategory(first.id());
            filed.merge(first.id() + "/" + row.month(), row.cents() * factor, Long::sum);
        }
        fx.ledger.transactions().add(draft);
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 28),
                        Arbitraries.longs().between(-90_000, 90_000).filter(c -> c != 0),
                        categoryIndex(),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as(Row::new)
                .list()
                .ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Long>> budgets() {
        return Arbitraries.longs().between(0, 100_000).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Integer> categoryIndex() {
        return Arbitraries.integers().between(0, 3);
    }

    record Row(int month, int day, long cents, int category, boolean split, boolean euros) {}
}
