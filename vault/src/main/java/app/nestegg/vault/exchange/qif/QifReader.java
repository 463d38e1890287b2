package app.nestegg.vault.exchange.qif;

import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.ParsedStatement;
import app.nestegg.vault.exchange.StatementAccount;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.StatementLine;
import app.nestegg.vault.exchange.StatementText;
import app.nestegg.vault.ledger.AccountType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the QIF registers of a bank, cash, card or other asset/liability account. Each {@code !Type} section becomes
 * a statement. {@code !Option}/{@code !Clear} lines are skipped, and so is the account description that follows an
 * {@code !Account} line; other sections (investments, categories, memorised transactions) are refused.
 */
public final class QifReader {

    private static final Set<String> REGISTERS = Set.of("bank", "cash", "ccard", "oth a", "oth l");

    private QifReader() {}

    public static ParsedFile read(String fileName, String text) {
        List<Register> registers = new ArrayList<>();
        List<StatementLine> lines = null;
        QifRecord record = null;
        boolean accountBlock = false;
        int lineNumber = 0;
        int pos = 0;
        String body = StatementText.stripBom(text);
        int n = body.length();
        while (pos < n) {
            int end = body.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int stop = end > pos && body.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = body.substring(pos, stop);
            pos = end + 1;
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (line.charAt(0) == '!') {
                String header = line.strip().toLowerCase(Locale.ROOT);
                if (header.startsWith("!option") || header.startsWith("!clear")) {
                    continue;
                }
                if (record != null && !record.isEmpty()) {
                    throw new ImportException(
                            fileName,
                            record.firstLine(),
                            null,
                            "the record before line " + lineNumber + " does not end with '^'");
                }
                record = null;
                if (header.startsWith("!account")) {
                    accountBlock = true;
                    continue;
                }
                accountBlock = false;
                lines = startRegister(fileName, lineNumber, line.strip(), header, registers);
                continue;
            }
            if (accountBlock) {
                if (line.charAt(0) == '^') {
                    accountBlock = false;
                }
                continue;
            }
            if (lines == null) {
                throw new ImportException(fileName, lineNumber, "type", "the file does not start with a !Type line");
            }
            if (line.charAt(0) == '^') {
                if (record != null && !record.isEmpty()) {
                    lines.add(record.toLine());
                }
                record = null;
                continue;
            }
            if (record == null) {
                record = new QifRecord(fileName, lineNumber);
            }
            record.field(line.charAt(0), line.substring(1), lineNumber);
        }
        if (record != null && !record.isEmpty() && lines != null) {
            lines.add(record.toLine());
        }
        if (registers.isEmpty()) {
            throw ImportException.wholeFile(fileName, "no !Type section with transactions in this QIF file");
        }
        List<ParsedStatement> statements = new ArrayList<>();
        for (Register register : registers) {
            StatementAccount account = new StatementAccount(null, null, null, register.typeHint());
            statements.add(new ParsedStatement(account, null, register.lines()));
        }
        return new ParsedFile(fileName, StatementFormat.QIF, statements);
    }

    private static List<StatementLine> startRegister(
            String fileName, int lineNumber, String line, String header, List<Register> registers) {
        String type = header.startsWith("!type:")
                ? header.substring("!type:".length()).strip()
                : "";
        if (!REGISTERS.contains(type)) {
            throw new ImportException(
                    fileName,
                    lineNumber,
                    "type",
                    "'" + line + "' is not a bank, cash, card or asset/liability register;"
                            + " only those are imported");
        }
        List<StatementLine> lines = new ArrayList<>();
        registers.add(new Register(typeHint(type), lines));
        return lines;
    }

    private static AccountType typeHint(String type) {
        return switch (type) {
            case "ccard" -> AccountType.CREDIT_CARD;
            case "cash" -> AccountType.CASH;
            case "oth a" -> AccountType.OTHER_ASSET;
            case "oth l" -> AccountType.OTHER_LIABILITY;
            default -> null;
        };
    }

    private record Register(AccountType typeHint, List<StatementLine> lines) {}
}
