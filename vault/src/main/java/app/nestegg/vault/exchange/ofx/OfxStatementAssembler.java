package app.nestegg.vault.exchange.ofx;

import app.nestegg.vault.exchange.AmountText;
import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.ParsedStatement;
import app.nestegg.vault.exchange.StatementAccount;
import app.nestegg.vault.exchange.StatementLine;
import app.nestegg.vault.ledger.AccountType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Builds statements from the tag stream. SGML closes aggregates only, so an end tag closes every element opened after
 * its start; an end tag with no open start (an XML leaf's) is ignored.
 */
final class OfxStatementAssembler implements OfxTagScanner.Listener {

    private final String fileName;
    private final List<String> open = new ArrayList<>();
    private final List<ParsedStatement> statements = new ArrayList<>();
    private String institution;
    private Statement statement;
    private Transaction transaction;

    OfxStatementAssembler(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void start(String name, int line) {
        if (name.equals(OfxElements.TRANSACTION) && open.contains(OfxElements.TRANSACTION)) {
            end(OfxElements.TRANSACTION, line);
        }
        open.add(name);
        if (name.equals(OfxElements.STATEMENT) || name.equals(OfxElements.CARD_STATEMENT)) {
            statement = new Statement(name.equals(OfxElements.CARD_STATEMENT));
        } else if (name.equals(OfxElements.TRANSACTION) && statement != null) {
            transaction = new Transaction(line, statement.lines.size() + 1);
        }
    }

    @Override
    public void end(String name, int line) {
        int at = open.lastIndexOf(name);
        if (at < 0) {
            return;
        }
        for (int i = open.size() - 1; i >= at; i--) {
            closed(open.remove(i));
        }
    }

    @Override
    public void leaf(String name, String value, int line) {
        String parent = parent();
        switch (parent) {
            case "FI" -> {
                if (name.equals("ORG")) {
                    institution = value;
                }
            }
            case OfxElements.STATEMENT, OfxElements.CARD_STATEMENT -> {
                if (name.equals("CURDEF") && statement != null) {
                    statement.currency = currency(value, line);
                }
            }
            case "BANKACCTFROM", "CCACCTFROM" -> account(name, value);
            case OfxElements.TRANSACTION -> transactionField(name, value, line);
            case "PAYEE" -> {
                if (name.equals("NAME") && transaction != null && transaction.payee == null) {
                    transaction.payee = value;
                }
            }
            default -> {}
        }
    }

    /** The statements read; throws when the file ended inside one. */
    List<ParsedStatement> finish(int lastLine) {
        for (int i = open.size() - 1; i >= 0; i--) {
            String name = open.get(i);
            if (OfxElements.isAggregate(name)) {
                throw new ImportException(fileName, lastLine, null, "the OFX ends before </" + name + ">");
            }
        }
        return statements;
    }

    private String parent() {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (OfxElements.isAggregate(open.get(i))) {
                return open.get(i);
            }
        }
        return "";
    }

    private void account(String name, String value) {
        if (statement == null || open.contains(OfxElements.TRANSACTION)) {
            return;
        }
        switch (name) {
            case "BANKID" -> statement.bankId = value;
            case "ACCTID" -> statement.accountNumber = value;
            case "ACCTTYPE" -> statement.type = accountType(value);
            default -> {}
        }
    }

    private void transactionField(String name, String value, int line) {
        if (transaction == null) {
            return;
        }
        switch (name) {
            case "DTPOSTED" -> {
                transaction.date = OfxDates.parse(value);
                if (transaction.date == null) {
                    throw new ImportException(fileName, line, "DTPOSTED", "'" + value + "' is not an OFX date");
                }
            }
            case "TRNAMT" -> {
                transaction.amount = AmountText.parseEitherSeparator(value);
                if (transaction.amount == null) {
                    throw new ImportException(fileName, line, "TRNAMT", "'" + value + "' is not an amount");
                }
            }
            case "FITID" -> transaction.fitId = value;
            case "CHECKNUM" -> transaction.checkNumber = value;
            case "NAME" -> transaction.payee = value;
            case "MEMO" -> transaction.memo = value;
            default -> {}
        }
    }

    private void closed(String name) {
        if (name.equals(OfxElements.TRANSACTION) && transaction != null) {
            if (statement == null) {
                throw new ImportException(
                        fileName,
                        transaction.line,
                        OfxElements.TRANSACTION,
                        "the transaction ends after the statement it began in (STMTRS or CCSTMTRS) ended;"
                                + " the file's elements are not nested as OFX nests them");
            }
            statement.lines.add(transaction.toLine(fileName));
            transaction = null;
        } else if ((name.equals(OfxElements.STATEMENT) || name.equals(OfxElements.CARD_STATEMENT))
                && statement != null) {
            StatementAccount account =
                    new StatementAccount(institution, statement.bankId, statement.accountNumber, statement.type);
            statements.add(new ParsedStatement(account, statement.currency, statement.lines));
            statement = null;
        }
    }

    private Currency currency(String code, int line) {
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ImportException(fileName, line, "CURDEF", "'" + code + "' is not a currency code");
        }
    }

    private static AccountType accountType(String value) {
        return switch (value.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "CHECKING" -> AccountType.CHECKING;
            case "SAVINGS", "MONEYMRKT", "CD" -> AccountType.SAVINGS;
            case "CREDITLINE" -> AccountType.CREDIT_CARD;
            default -> null;
        };
    }

    private static final class Statement {
        final List<StatementLine> lines = new ArrayList<>();
        AccountType type;
        String bankId;
        String accountNumber;
        Currency currency;

        Statement(boolean card) {
            type = card ? AccountType.CREDIT_CARD : null;
        }
    }

    private static final class Transaction {
        final int line;
        final int number;
        LocalDate date;
        BigDecimal amount;
        String fitId;
        String checkNumber;
        String payee;
        String memo;

        Transaction(int line, int number) {
            this.line = line;
            this.number = number;
        }

        StatementLine toLine(String fileName) {
            if (date == null) {
                throw new ImportException(fileName, line, "DTPOSTED", "transaction " + number + " has no DTPOSTED");
            }
            if (amount == null) {
                throw new ImportException(fileName, line, "TRNAMT", "transaction " + number + " has no TRNAMT");
            }
            return new StatementLine(
                    line,
                    date,
                    amount,
                    payee,
                    blankToNull(memo),
                    blankToNull(fitId),
                    blankToNull(checkNumber),
                    null,
                    null,
                    List.of());
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
