package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.TransactionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of {@code tx add} and {@code tx edit}, all optional here: {@code add} requires some, {@code edit}
 * changes only those given. {@link #parse} reads the values before the vault opens; {@link #applyTo} resolves names
 * in the open ledger and puts the values into a draft.
 */
final class TxFields {

    @Option(names = "--account", paramLabel = "NAME|ID", descriptionKey = "txfield.account", order = 1)
    String account;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "txfield.date", order = 2)
    String date;

    @Option(names = "--amount", paramLabel = "DECIMAL", descriptionKey = "txfield.amount", order = 3)
    String amount;

    @Option(names = "--payee", paramLabel = "TEXT", descriptionKey = "txfield.payee", order = 4)
    String payee;

    @Option(names = "--category", paramLabel = "NAME", descriptionKey = "txfield.category", order = 5)
    String category;

    @Option(names = "--memo", paramLabel = "TEXT", descriptionKey = "txfield.memo", order = 6)
    String memo;

    @Option(names = "--split", paramLabel = "CATEGORY=AMOUNT", descriptionKey = "txfield.split", order = 7)
    List<String> splits;

    @Option(names = "--transfer-to", paramLabel = "ACCOUNT", descriptionKey = "txfield.transfer-to", order = 8)
    String transferTo;

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "txfield.status", order = 9)
    String status;

    /** The values read before the vault opens. */
    Parsed parse(Cli cli) {
        LedgerArgs args = new LedgerArgs(cli);
        List<LedgerArgs.SplitArg> parts = null;
        if (splits != null) {
            parts = new ArrayList<>();
            for (String split : splits) {
                parts.add(args.split("--split", split));
            }
        }
        return new Parsed(args.date("--date", date), args.amount("--amount", amount), parts, status(cli));
    }

    /** The draft with every given option applied; names of accounts and categories are looked up in the ledger. */
    TransactionDraft applyTo(TransactionDraft draft, Parsed parsed, Ledger ledger) {
        TransactionDraft result = draft;
        if (account != null) {
            result = result.withAccount(ledger.accounts().find(account).id());
        }
        if (parsed.date() != null) {
            result = result.withDate(parsed.date());
        }
        if (parsed.amount() != null) {
            result = result.withAmount(parsed.amount());
        }
        if (payee != null) {
            result = result.withPayee(payee);
        }
        if (memo != null) {
            result = result.withMemo(memo);
        }
        if (category != null) {
            result =
                    result.withCategory(ledger.categories().find(category).id()).withSplits(List.of());
        }
        if (parsed.splits() != null) {
            List<SplitDraft> drafts = new ArrayList<>();
            for (LedgerArgs.SplitArg split : parsed.splits()) {
                drafts.add(new SplitDraft(
                        ledger.categories().find(split.category()).id(), split.amount(), null));
            }
            result = result.withSplits(drafts);
            if (category == null) {
                result = result.withCategory(null);
            }
        }
        if (transferTo != null) {
            result = result.withTransferTo(ledger.accounts().find(transferTo).id(), null);
        }
        if (parsed.status() != null) {
            result = result.withStatus(parsed.status());
        }
        return result;
    }

    private TransactionStatus status(Cli cli) {
        if (status == null) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "pending" -> TransactionStatus.PENDING;
            case "uncleared" -> TransactionStatus.UNCLEARED;
            case "cleared" -> TransactionStatus.CLEARED;
            default -> throw CliFailure.usage(cli.text("arg.badStatus", status));
        };
    }

    record Parsed(LocalDate date, BigDecimal amount, List<LedgerArgs.SplitArg> splits, TransactionStatus status) {}
}
