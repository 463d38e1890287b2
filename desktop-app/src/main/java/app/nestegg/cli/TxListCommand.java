package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Register;
import app.nestegg.vault.ledger.RegisterPage;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.RegisterRow;
import app.nestegg.vault.ledger.Transaction;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tx list}: one page of the register, newest first, read with its keyset paging (never the whole ledger). A
 * single account without other filters also shows the balance after each row.
 */
@Command(name = "list", sortOptions = false)
final class TxListCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--account", paramLabel = "NAME|ID", order = 1)
    String account;

    @Option(names = "--from", paramLabel = "DATE", order = 2)
    String from;

    @Option(names = "--to", paramLabel = "DATE", order = 3)
    String to;

    @Option(names = "--search", paramLabel = "TEXT", order = 4)
    String search;

    @Option(names = "--category", paramLabel = "NAME", order = 5)
    String category;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", order = 6)
    int limit;

    TxListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > Register.MAX_PAGE) {
            throw CliFailure.usage(cli.text("tx.badLimit", Register.MAX_PAGE));
        }
        LedgerArgs args = new LedgerArgs(cli);
        LocalDate fromDate = args.date("--from", from);
        LocalDate toDate = args.date("--to", to);
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            UUID accountId =
                    account == null ? null : ledger.accounts().find(account).id();
            UUID categoryId =
                    category == null ? null : ledger.categories().find(category).id();
            RegisterQuery query = new RegisterQuery(accountId, fromDate, toDate, search, categoryId, null, null);
            RegisterPage page = ledger.register().older(query, null, limit);
            LedgerNames names = LedgerNames.of(ledger);
            if (cli.options().json) {
                TxJson json = new TxJson(cli, names);
                ArrayNode array = cli.jsonArray();
                page.rows().forEach(row -> array.add(json.of(row.transaction())));
                cli.printJson(array);
            } else {
                print(page, names, query.isWholeAccount());
            }
        }
        return ExitCodes.OK;
    }

    private void print(RegisterPage page, LedgerNames names, boolean running) {
        if (page.rows().isEmpty()) {
            cli.out().println(cli.text("tx.none"));
            return;
        }
        TextTable table = running
                ? new TextTable(false, false, false, false, true, true)
                : new TextTable(false, false, false, false, true);
        String[] header = {
            cli.text("tx.header.date"),
            cli.text("tx.header.account"),
            cli.text("tx.header.payee"),
            cli.text("tx.header.category"),
            cli.text("tx.header.amount"),
            cli.text("tx.header.balance")
        };
        table.row(running ? header : Arrays.copyOf(header, 5));
        for (RegisterRow row : page.rows()) {
            Transaction t = row.transaction();
            String amount =
                    t.amount().toPlainString() + " " + t.amount().currency().getCurrencyCode();
            String[] cells = {
                t.date().toString(), names.account(t.accountId()), t.payee(), category(t, names), amount, null
            };
            if (running) {
                cells[5] = row.runningBalance().toPlainString();
                table.row(cells);
            } else {
                table.row(Arrays.copyOf(cells, 5));
            }
        }
        table.print(cli.out(), "");
        if (page.next() != null) {
            cli.err().println(cli.text("tx.more", Register.MAX_PAGE));
        }
    }

    private String category(Transaction t, LedgerNames names) {
        if (t.isTransfer()) {
            return cli.text("tx.transfer", names.account(t.transferAccountId()));
        }
        if (t.isSplit()) {
            return cli.text("tx.split");
        }
        return names.category(t.categoryId());
    }
}
