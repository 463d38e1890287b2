package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.StatementLine;
import app.nestegg.vault.exchange.StatementSplit;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.LedgerText;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The checks a statement line must pass before the plan shows it, so a dry run already names the line and field the
 * ledger would refuse: a date the ledger keeps, an amount with no more decimals than the account's currency has, and
 * splits that add up.
 */
final class StatementChecks {

    /** Checks the line and returns its amount in minor units of the currency. */
    long check(String fileName, StatementLine line, Currency currency) {
        try {
            LedgerText.date(line.date(), "date");
        } catch (LedgerInputException e) {
            throw new ImportException(fileName, line.line(), "date", e.getMessage());
        }
        long amount = minor(fileName, line.line(), line.amount(), currency, "amount");
        if (line.splits().size() >= 2 && line.transferAccount() == null) {
            long sum = 0;
            for (StatementSplit split : line.splits()) {
                sum += minor(fileName, line.line(), split.amount(), currency, "split amount");
            }
            if (sum != amount) {
                throw new ImportException(
                        fileName,
                        line.line(),
                        "splits",
                        "the splits add up to " + new Money(sum, currency).toPlainString() + " but the transaction is "
                                + new Money(amount, currency).toPlainString());
            }
        }
        return amount;
    }

    LocalDate firstDate(List<StatementLine> lines, Clock clock) {
        return lines.stream().map(StatementLine::date).min(LocalDate::compareTo).orElse(LocalDate.now(clock));
    }

    LocalDate lastDate(List<StatementLine> lines, Clock clock) {
        return lines.stream().map(StatementLine::date).max(LocalDate::compareTo).orElse(LocalDate.now(clock));
    }

    private static long minor(String fileName, int line, BigDecimal amount, Currency currency, String field) {
        try {
            return Money.of(amount, currency, field).minor();
        } catch (LedgerInputException e) {
            throw new ImportException(fileName, line, field, e.getMessage());
        }
    }
}
