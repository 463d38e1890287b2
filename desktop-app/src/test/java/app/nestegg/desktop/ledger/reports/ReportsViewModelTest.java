package app.nestegg.desktop.ledger.reports;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import app.nestegg.vault.ledger.report.ReportCsv;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsViewModelTest {

    @TempDir
    Path root;

    LedgerTestKit kit;
    Account account;
    ReportsViewModel reports;

    @BeforeEach
    void setUp() throws Exception {
        kit = new LedgerTestKit(root);
        account = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        Choice groceries = kit.category("Food", "Groceries");
        Choice salary = kit.category("Income", "Salary");
        add("2026-03-04", "-40.00", groceries);
        add("2026-01-10", "-90.00", groceries);
        add("2026-03-05", "-15.00", null);
        add("2026-03-01", "2000.00", salary);
        add("2025-11-01", "-999.00", groceries);
        reports = new ReportsViewModel(
                kit.session, new SameThreadTaskExecutor(), TestVaults.messages(), FORMAT, kit.vaults.clock());
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void spendingOverTheLastThreeMonthsListsCategoriesLargestFirst() {
        reports.lastMonths(3);

        assertThat(reports.rangeTextProperty().get()).isEqualTo("January 2026 to March 2026");
        assertThat(reports.slices())
                .extracting(ReportSlice::name, ReportSlice::shown)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Groceries", "$130.00"),
                        org.assertj.core.groups.Tuple.tuple("Uncategorised", "$15.00"));
        assertThat(reports.totalProperty().get()).isEqualTo("Spent $145.00 in all");
    }

    @Test
    void incomeAndBudgetReportsGiveTwoFiguresPerMonth() {
        reports.lastMonths(1);
        reports.kindProperty().set(ReportKind.INCOME);

        assertThat(reports.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.month()).isEqualTo("2026-03");
            assertThat(bar.firstShown()).isEqualTo("$2,000.00");
            assertThat(bar.secondShown()).isEqualTo("$55.00");
        });
        assertThat(reports.seriesNames()).containsExactly("Income", "Expenses");
        assertThat(reports.totalProperty().get()).isEqualTo("Income $2,000.00, expenses $55.00, left $1,945.00");

        reports.kindProperty().set(ReportKind.BUDGET);
        assertThat(reports.seriesNames()).containsExactly("Budgeted", "Spent");
        assertThat(reports.bars().getFirst().secondShown()).isEqualTo("$40.00");
    }

    @Test
    void movingEarlierKeepsTheLengthAndTheCsvIsWhatIsShown() throws Exception {
        reports.lastMonths(3);
        reports.shift(-1);
        assertThat(reports.rangeTextProperty().get()).isEqualTo("October 2025 to December 2025");
        assertThat(reports.slices()).extracting(ReportSlice::shown).containsExactly("$999.00");

        Path file = root.resolve(reports.suggestedFileName("csv"));
        reports.exportCsv(file);

        assertThat(file.getFileName().toString()).isEqualTo("nest-egg-spending-2025-10-to-2025-12.csv");
        assertThat(Files.readString(file)).isEqualTo("category,group,amount,currency\nGroceries,Food,999.00,USD\n");
        assertThat(reports.statusProperty().get()).isEqualTo("Saved nest-egg-spending-2025-10-to-2025-12.csv");
    }

    @Test
    void netWorthGivesEveryDayUpToTodayAsTheLedgerComputesIt() throws Exception {
        kit.account("Card", AccountType.CREDIT_CARD, USD, "-300");
        reports.lastMonths(3);
        reports.kindProperty().set(ReportKind.NET_WORTH);

        List<NetWorthPoint> history =
                kit.ledger.netWorth().history(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01"));
        assertThat(reports.netWorthDays()).hasSize(60).isEqualTo(history);
        assertThat(reports.netWorthDays().getLast().netWorth().toPlainString()).isEqualTo("611.00");
        assertThat(reports.totalProperty().get())
                .isEqualTo("Net worth $611.00 on Mar 1, 2026 (+$1,910.00 since Dec 31, 2025)");

        Path file = root.resolve(reports.suggestedFileName("csv"));
        reports.exportCsv(file);
        assertThat(file.getFileName().toString()).isEqualTo("nest-egg-net-worth-2026-01-to-2026-03.csv");
        assertThat(Files.readString(file))
                .isEqualTo(ReportCsv.netWorth(history))
                .startsWith("date,assets,liabilities,net_worth,currency\n2026-01-01,-999.00,-300.00,-1299.00,USD\n")
                .endsWith("2026-03-01,911.00,-300.00,611.00,USD\n");
    }

    @Test
    void netWorthOfMonthsStillAheadIsEmpty() {
        reports.kindProperty().set(ReportKind.NET_WORTH);
        reports.lastMonths(1);
        reports.shift(1);

        assertThat(reports.rangeTextProperty().get()).isEqualTo("April 2026");
        assertThat(reports.netWorthDays()).isEmpty();
        assertThat(reports.totalProperty().get()).startsWith("These months are still ahead");
    }

    private void add(String date, String amount, Choice category) {
        kit.ledger
                .transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.parse(date), new BigDecimal(amount), "Shop")
                        .withCategory(category == null ? null : category.id()));
    }
}
