package app.nestegg.vault.ledger.report;

import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.networth.NetWorthPoint;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports as CSV text: a header line, then one line per category, month or day; amounts as plain decimals.
 */
public final class ReportCsv {

    private static final CsvMapper MAPPER = new CsvMapper();

    private ReportCsv() {}

    public static String spending(SpendingReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("category", "group", "amount", "currency"));
        for (CategoryAmount line : report.categories()) {
            rows.add(List.of(line.name(), line.group(), plain(line.amount()), code(line.amount())));
        }
        return write(rows);
    }

    public static String incomeAndExpenses(IncomeExpenseReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("month", "income", "expenses", "net", "currency"));
        for (MonthFlow month : report.months()) {
            rows.add(List.of(
                    month.month().toString(),
                    plain(month.income()),
                    plain(month.expenses()),
                    plain(month.net()),
                    code(month.net())));
        }
        return write(rows);
    }

    public static String budget(List<BudgetReportMonth> months) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "month", "expenses_budgeted", "expenses_spent", "income_expected", "income_received", "currency"));
        for (BudgetReportMonth month : months) {
            rows.add(List.of(
                    month.month().toString(),
                    plain(month.expensesBudgeted()),
                    plain(month.expensesSpent()),
                    plain(month.incomeExpected()),
                    plain(month.incomeReceived()),
                    code(month.expensesSpent())));
        }
        return write(rows);
    }

    /** One line per day: assets, liabilities (negative) and net worth in the base currency. */
    public static String netWorth(List<NetWorthPoint> days) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("date", "assets", "liabilities", "net_worth", "currency"));
        for (NetWorthPoint day : days) {
            rows.add(List.of(
                    day.day().toString(),
                    plain(day.assets()),
                    plain(day.liabilities()),
                    plain(day.netWorth()),
                    code(day.netWorth())));
        }
        return write(rows);
    }

    private static String plain(Money money) {
        return money.toPlainString();
    }

    private static String code(Money money) {
        return money.currency().getCurrencyCode();
    }

    private static String write(List<List<String>> rows) {
        try {
            return MAPPER.writerFor(List.class).with(CsvSchema.emptySchema()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
