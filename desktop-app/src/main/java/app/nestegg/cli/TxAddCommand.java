package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tx add}: one transaction, split or a transfer; the rules have their say before it is stored. */
@Command(name = "add", sortOptions = false)
final class TxAddCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    TxFields fields;

    TxAddCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LedgerArgs.required(cli, "--account", fields.account);
        LedgerArgs.required(cli, "--date", fields.date);
        LedgerArgs.required(cli, "--amount", fields.amount);
        if (fields.payee == null && fields.transferTo == null) {
            throw CliFailure.usage(cli.text("tx.payeeRequired"));
        }
        TxFields.Parsed parsed = fields.parse(cli);
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            TransactionDraft draft = fields.applyTo(TransactionDraft.of(null, null, null, null), parsed, ledger);
            Transaction added = ledger.transactions().add(draft);
            if (cli.options().json) {
                cli.printJson(new TxJson(cli, LedgerNames.of(ledger)).of(added));
            } else {
                cli.out().println(cli.text("tx.added", added.id()));
            }
        }
        return ExitCodes.OK;
    }
}
