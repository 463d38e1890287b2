package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.ReconcileSummary;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reconcile}: compares an account's cleared balance with a statement. Without {@code --finish} nothing is
 * written; with it the cleared transactions are marked reconciled, which the ledger refuses while a difference is left.
 */
@Command(name = "reconcile", sortOptions = false)
final class ReconcileCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--account", paramLabel = "NAME", required = true, order = 1)
    String account;

    @Option(names = "--date", paramLabel = "DATE", required = true, order = 2)
    String date;

    @Option(names = "--balance", paramLabel = "AMOUNT", required = true, order = 3)
    String balance;

    @Option(names = "--finish", order = 4)
    boolean finish;

    ReconcileCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LedgerArgs args = new LedgerArgs(cli);
        LocalDate statementDate = args.date("--date", date);
        BigDecimal statementBalance = args.amount("--balance", balance);
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Account found = ledger.accounts().find(account);
            ReconcileSummary summary = finish
                    ? ledger.reconciliations().finish(found.id(), statementDate, statementBalance)
                    : ledger.reconciliations().preview(found.id(), statementDate, statementBalance);
            if (cli.options().json) {
                cli.printJson(json(found, summary));
            } else {
                print(found, summary);
            }
        }
        return ExitCodes.OK;
    }

    private ObjectNode json(Account found, ReconcileSummary summary) {
        return cli.jsonObject()
                .put("account", found.name())
                .put("date", summary.statementDate().toString())
                .put("currency", found.currency().getCurrencyCode())
                .put("statement_balance", summary.statementBalance().toPlainString())
                .put("cleared_balance", summary.clearedBalance().toPlainString())
                .put("difference", summary.difference().toPlainString())
                .put("to_mark", summary.toMark())
                .put("finished", finish);
    }

    private void print(Account found, ReconcileSummary summary) {
        String currency = found.currency().getCurrencyCode();
        cli.printField("reconcile.account", found.name());
        cli.printField("reconcile.date", summary.statementDate().toString());
        cli.printField("reconcile.statement", summary.statementBalance().toPlainString() + " " + currency);
        cli.printField("reconcile.cleared", summary.clearedBalance().toPlainString() + " " + currency);
        cli.printField("reconcile.difference", summary.difference().toPlainString() + " " + currency);
        if (finish) {
            cli.out().println(cli.text("reconcile.finished", summary.toMark()));
        } else if (summary.balances()) {
            cli.out().println(cli.text("reconcile.balanced", summary.toMark()));
        } else {
            cli.out().println(cli.text("reconcile.unbalanced"));
        }
    }
}
