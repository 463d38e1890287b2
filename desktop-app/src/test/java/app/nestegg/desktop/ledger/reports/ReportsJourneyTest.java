package app.nestegg.desktop.ledger.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.TransactionDraft;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Opens the reports page on this month's spending (the window's clock is the system's), switches to income and
 * expenses, saves the chart as a PNG image, then shows net worth over the last three months as a line chart.
 */
class ReportsJourneyTest extends UiJourney {

    private static final LocalDate DAY = YearMonth.now().atDay(1);

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        Account account = session.ledger()
                .accounts()
                .add(AccountDraft.of("Everyday", AccountType.CHECKING, Currency.getInstance("USD"), BigDecimal.ZERO)
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
        for (String[] row : new String[][] {{"Groceries", "-64.20"}, {"Restaurants", "-20.00"}, {"Salary", "900"}}) {
            session.ledger()
                    .transactions()
                    .add(TransactionDraft.of(account.id(), DAY, new BigDecimal(row[1]), "Shop")
                            .withCategory(
                                    session.ledger().categories().find(row[0]).id()));
        }
        session.lock();
    }

    @Test
    void seeSpendingThenIncomeAndSaveTheChart() throws Exception {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("reports");
        waitForText("#reportTotal", "Spent $84.20 in all"::equals);
        PieChart pie = node("#spendingPie");
        assertThat(pie.getData()).extracting(PieChart.Data::getName).contains("Groceries $64.20");

        ComboBox<ReportKind> kind = node("#reportKind");
        robot.interact(() -> kind.setValue(ReportKind.INCOME));
        waitForVisible("#monthBars");
        waitForText("#reportTotal", text -> text.startsWith("Income $900.00"));
        BarChart<String, Number> bars = node("#monthBars");
        assertThat(bars.getData()).hasSize(2);

        Path file = root.resolve("chart.png");
        robot.interact(() -> {
            try {
                ChartPng.save(bars, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(image.getHeight()).isGreaterThan(100);

        robot.clickOn("#reportThreeMonths");
        robot.interact(() -> kind.setValue(ReportKind.NET_WORTH));
        waitForVisible("#netWorthChart");
        waitForText("#reportTotal", text -> text.startsWith("Net worth $815.80 on "));
        LineChart<Number, Number> netWorth = node("#netWorthChart");
        assertThat(netWorth.getData()).hasSize(3);
        assertThat(netWorth.getData().getLast().getData())
                .isNotEmpty()
                .last()
                .satisfies(point -> assertThat(point.getYValue().doubleValue()).isEqualTo(815.80));
    }
}
