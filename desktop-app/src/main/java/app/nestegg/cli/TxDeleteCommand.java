package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Transaction;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tx delete ID}: deletes a transaction with its splits and, for a transfer, its other side. */
@Command(name = "delete", sortOptions = false)
final class TxDeleteCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "arg.tx.id")
    String id;

    TxDeleteCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        UUID transactionId = new LedgerArgs(cli).id("transaction", id);
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Transaction transaction = ledger.transactions().get(transactionId);
            ledger.transactions().delete(transactionId);
            if (transaction.isTransfer()) {
                String other =
                        ledger.accounts().get(transaction.transferAccountId()).name();
                cli.out().println(cli.text("tx.deletedTransfer", transactionId, other));
            } else {
                cli.out().println(cli.text("tx.deleted", transactionId));
            }
        }
        return ExitCodes.OK;
    }
}
