package app.nestegg.vault.exchange.qif;

import app.nestegg.vault.exchange.AmountText;
import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.StatementLine;
import app.nestegg.vault.exchange.StatementSplit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One QIF transaction record being read, from its first line up to {@code ^}; unknown field letters are ignored. */
final class QifRecord {

    private final String fileName;
    private final int firstLine;
    private final List<StatementSplit> splits = new ArrayList<>();
    private LocalDate date;
    private BigDecimal amount;
    private String payee;
    private String memo;
    private String checkNumber;
    private String category;
    private String transferAccount;
    private String splitCategory;
    private String splitMemo;
    private BigDecimal splitAmount;
    private boolean splitOpen;
    private boolean hasFields;

    QifRecord(String fileName, int firstLine) {
        this.fileName = fileName;
        this.firstLine = firstLine;
    }

    int firstLine() {
        return firstLine;
    }

    boolean isEmpty() {
        return !hasFields;
    }

    void field(char code, String value, int line) {
        hasFields = true;
        switch (code) {
            case 'D' -> {
                date = QifDates.parse(value);
                if (date == null) {
                    throw new ImportException(fileName, line, "date", "'" + value.strip() + "' is not a QIF date");
                }
            }
            case 'T', 'U' -> {
                if (code == 'T' || amount == null) {
                    amount = amount(value, line, "amount");
                }
            }
            case 'P' -> payee = value.strip();
            case 'M' -> memo = value.strip();
            case 'N' -> checkNumber = value.strip();
            case 'L' -> category(value.strip());
            case 'S' -> {
                closeSplit(line);
                splitOpen = true;
                splitCategory = value.strip();
            }
            case 'E' -> {
                openSplitIfNone();
                splitMemo = value.strip();
            }
            case '$' -> {
                openSplitIfNone();
                splitAmount = amount(value, line, "split amount");
            }
            default -> {}
        }
    }

    StatementLine toLine() {
        closeSplit(firstLine);
        if (date == null) {
            throw new ImportException(fileName, firstLine, "date", "the record has no date (D line)");
        }
        if (amount == null) {
            throw new ImportException(fileName, firstLine, "amount", "the record has no amount (T line)");
        }
        return new StatementLine(
                firstLine,
                date,
                amount,
                payee,
                blankToNull(memo),
                null,
                blankToNull(checkNumber),
                category,
                transferAccount,
                splits);
    }

    private void category(String value) {
        if (value.length() >= 2 && value.charAt(0) == '[') {
            int close = value.indexOf(']');
            transferAccount =
                    value.substring(1, close < 0 ? value.length() : close).strip();
            return;
        }
        int slash = value.indexOf('/');
        category = blankToNull(slash < 0 ? value : value.substring(0, slash));
    }

    private void openSplitIfNone() {
        if (!splitOpen) {
            splitOpen = true;
            splitCategory = null;
        }
    }

    private void closeSplit(int line) {
        if (!splitOpen) {
            return;
        }
        if (splitAmount == null) {
            throw new ImportException(fileName, line, "split amount", "a split has no amount ($ line)");
        }
        splits.add(new StatementSplit(blankToNull(splitCategory), splitAmount, blankToNull(splitMemo)));
        splitOpen = false;
        splitCategory = null;
        splitMemo = null;
        splitAmount = null;
    }

    private BigDecimal amount(String value, int line, String field) {
        BigDecimal parsed = AmountText.parse(value, '.');
        if (parsed == null) {
            parsed = AmountText.parseEitherSeparator(value);
        }
        if (parsed == null) {
            throw new ImportException(fileName, line, field, "'" + value.strip() + "' is not an amount");
        }
        return parsed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
