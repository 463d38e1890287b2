package app.nestegg.vault.exchange;

import java.math.BigDecimal;

/**
 * Refuses a statement whose values are far beyond anything a bank writes, naming the file, line and field, before the
 * values go further (ADR 0038). Within these limits long payees and memos are shortened to what the ledger keeps
 * when they are imported; beyond them the file is broken or hostile.
 */
final class StatementLimits {

    /** Fifty times the ledger's longest payee and ten times its longest memo. */
    static final int MAX_FIELD_CHARS = 10_000;

    /** Digits before the decimal point; a long of minor units holds at most 19 digits in all. */
    static final int MAX_WHOLE_DIGITS = 18;

    private StatementLimits() {}

    static ParsedFile check(ParsedFile parsed) {
        String file = parsed.fileName();
        for (ParsedStatement statement : parsed.statements()) {
            StatementAccount account = statement.account();
            text(file, 0, "institution", account.institution());
            text(file, 0, "bank id", account.bankId());
            text(file, 0, "account number", account.accountNumber());
            for (StatementLine line : statement.lines()) {
                check(file, line);
            }
        }
        return parsed;
    }

    private static void check(String file, StatementLine line) {
        int number = line.line();
        amount(file, number, "amount", line.amount());
        text(file, number, "payee", line.payee());
        text(file, number, "memo", line.memo());
        text(file, number, "id", line.externalId());
        text(file, number, "check number", line.checkNumber());
        text(file, number, "category", line.category());
        text(file, number, "transfer account", line.transferAccount());
        for (StatementSplit split : line.splits()) {
            amount(file, number, "split amount", split.amount());
            text(file, number, "split category", split.category());
            text(file, number, "split memo", split.memo());
        }
    }

    private static void text(String file, int line, String field, String value) {
        if (value != null && value.length() > MAX_FIELD_CHARS) {
            throw new ImportException(
                    file,
                    line,
                    field,
                    "is " + value.length() + " characters long; a statement field may have at most " + MAX_FIELD_CHARS
                            + ". Check that this is a bank statement and that its columns are read as they should");
        }
    }

    private static void amount(String file, int line, String field, BigDecimal value) {
        if (value != null && value.precision() - value.scale() > MAX_WHOLE_DIGITS) {
            throw new ImportException(
                    file,
                    line,
                    field,
                    "has " + (value.precision() - value.scale()) + " digits before the decimal point; the ledger holds"
                            + " amounts of at most " + MAX_WHOLE_DIGITS);
        }
    }
}
