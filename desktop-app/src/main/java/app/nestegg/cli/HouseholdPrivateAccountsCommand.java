package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code household private-accounts [--json]}: the accounts this member keeps out of bundles. */
@Command(name = "private-accounts", sortOptions = false)
final class HouseholdPrivateAccountsCommand implements Callable<Integer> {

    private final Cli cli;

    HouseholdPrivateAccountsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<Account> accounts;
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Set<UUID> ids = ledger.privateAccounts().privateAccounts();
            accounts = ledger.accounts().list().stream()
                    .filter(account -> ids.contains(account.id()))
                    .toList();
        }
        if (cli.options().json) {
            ArrayNode array = cli.jsonArray();
            for (Account account : accounts) {
                ObjectNode node = cli.jsonObject();
                node.put("id", account.id().toString());
                node.put("name", account.name());
                array.add(node);
            }
            cli.printJson(array);
        } else if (accounts.isEmpty()) {
            cli.out().println(cli.text("household.private.none"));
        } else {
            accounts.forEach(
                    account -> cli.out().println(cli.text("household.private.line", account.name(), account.id())));
        }
        return ExitCodes.OK;
    }
}
