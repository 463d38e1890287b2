package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Transaction;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code tx edit ID}: changes only what the options give. {@code --category} makes a split transaction a plain one
 * again; {@code --split} replaces the splits and drops the category.
 */
@Command(name = "edit", sortOptions = false)
final class TxEditCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "arg.tx.id")
    String id;

    @Mixin
    TxFields fields;

    TxEditCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        UUID transactionId = new LedgerArgs(cli).id("transaction", id);
        TxFields.Parsed parsed = fields.parse(cli);
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Transaction current = ledger.transactions().get(transactionId);
            Transaction edited =
                    ledger.transactions().edit(transactionId, fields.applyTo(current.toDraft(), parsed, ledger));
            if (cli.options().json) {
                cli.printJson(new TxJson(cli, LedgerNames.of(ledger)).of(edited));
            } else {
                cli.out().println(cli.text("tx.edited", edited.id()));
            }
        }
        return ExitCodes.OK;
    }
}
