package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.ParsedStatement;
import app.nestegg.vault.exchange.StatementAccount;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.StatementLine;
import app.nestegg.vault.exchange.StatementSplit;
import app.nestegg.vault.ledger.AccountType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Parsed statements as the readers would produce them, so importer tests do not depend on a file format. */
final class Statements {

    static final StatementAccount MAPLE_CHECKING =
            new StatementAccount("MAPLE CU", "211274450", "000123456789", AccountType.CHECKING);
    static final Currency USD = Currency.getInstance("USD");

    private Statements() {}

    /** The transactions of the sample checking statement, with the bank's ids. */
    static ParsedFile mapleOfx() {
        List<StatementLine> lines = List.of(
                line(20, "2024-01-02", "2450.00", "ACME PAYROLL", "DIRECT DEP", "202401020001"),
                line(28, "2024-01-03", "-1200.00", "CHECK 1042", null, "202401030001"),
                line(36, "2024-01-05", "-86.43", "GREEN LEAF GROCERS #12", "POS PURCHASE", "202401050001"),
                line(44, "2024-01-15", "-15.99", "STREAMFLIX.COM", null, "202401150001"),
                line(51, "2024-01-20", "-500.00", "TRANSFER TO SAVINGS", "ONLINE XFER TO ...6789", "202401200001"),
                line(59, "2024-01-31", "-3.50", "MONTHLY SERVICE FEE", null, "202401310001"));
        return new ParsedFile(
                "checking.ofx", StatementFormat.OFX, List.of(new ParsedStatement(MAPLE_CHECKING, USD, lines)));
    }

    /** The same bank's CSV export: no ids, longer payees, no fee row. */
    static ParsedFile mapleCsv() {
        return csv(
                "checking-us.csv",
                line(2, "2024-01-02", "2450.00", "ACME PAYROLL DIRECT DEP", null, null),
                line(3, "2024-01-03", "-1200.00", "CHECK 1042", null, null),
                line(4, "2024-01-05", "-86.43", "GREEN LEAF GROCERS #12, SPRINGFIELD", null, null),
                line(5, "2024-01-15", "-15.99", "STREAMFLIX.COM", null, null),
                line(6, "2024-01-20", "-500.00", "TRANSFER TO SAVINGS", null, null));
    }

    static ParsedFile csv(String name, StatementLine... lines) {
        return new ParsedFile(
                name,
                StatementFormat.CSV,
                List.of(new ParsedStatement(StatementAccount.UNKNOWN, null, List.of(lines))));
    }

    static ParsedFile qifWithSplitAndTransfer() {
        StatementLine salary = new StatementLine(
                2,
                date("2024-01-02"),
                amount("2450.00"),
                "ACME PAYROLL",
                "Direct deposit",
                null,
                null,
                "Salary",
                null,
                List.of());
        StatementLine utilities = new StatementLine(
                14,
                date("2024-01-10"),
                amount("-210.00"),
                "City Utilities",
                "Jan bill",
                null,
                null,
                null,
                null,
                List.of(
                        new StatementSplit("Utilities:Electric", amount("-130.00"), null),
                        new StatementSplit("Utilities:Water", amount("-80.00"), null)));
        StatementLine transfer = new StatementLine(
                23,
                date("2024-01-20"),
                amount("-500.00"),
                "Transfer to Savings",
                null,
                null,
                null,
                null,
                "Savings",
                List.of());
        return new ParsedFile(
                "bank.qif",
                StatementFormat.QIF,
                List.of(new ParsedStatement(StatementAccount.UNKNOWN, null, List.of(salary, utilities, transfer))));
    }

    /** Many distinct rows, as a large bank export would have. */
    static ParsedFile many(String name, int count) {
        List<StatementLine> lines = new ArrayList<>(count);
        LocalDate start = date("2020-01-01");
        for (int i = 0; i < count; i++) {
            lines.add(line(
                    i + 2,
                    start.plusDays(i % 1500).toString(),
                    BigDecimal.valueOf(-(i % 9000) - 1, 2).toPlainString(),
                    "Shop " + (i % 700),
                    null,
                    "id-" + i));
        }
        return new ParsedFile(
                name, StatementFormat.CSV, List.of(new ParsedStatement(StatementAccount.UNKNOWN, null, lines)));
    }

    static StatementLine line(int line, String date, String amount, String payee, String memo, String id) {
        return new StatementLine(line, date(date), amount(amount), payee, memo, id, null, null, null, List.of());
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}
