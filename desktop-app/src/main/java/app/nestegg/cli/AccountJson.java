package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Money;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An account as the JSON output gives it; the field names are documented in docs/cli.md and stay stable. */
final class AccountJson {

    private AccountJson() {}

    static ObjectNode of(Cli cli, Account account, Money balance) {
        return cli.jsonObject()
                .put("id", account.id().toString())
                .put("name", account.name())
                .put("type", account.type().cliName())
                .put("currency", account.currency().getCurrencyCode())
                .put("balance", balance.toPlainString())
                .put("closed", account.closed())
                .put("institution", account.institution());
    }
}
