package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code accounts list}: every account with its balance as of today, grouped by type; an account in another currency
 * than the vault's base currency also shows the base-currency value at today's rate.
 */
@Command(name = "list", sortOptions = false)
final class AccountsListCommand implements Callable<Integer> {

    private final Cli cli;

    AccountsListCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            LocalDate today = cli.today();
            List<Account> accounts = ledger.accounts().list();
            Map<UUID, Money> balances = ledger.balances().balances(today);
            if (cli.options().json) {
                ArrayNode array = cli.jsonArray();
                accounts.forEach(account -> array.add(AccountJson.of(cli, account, balances.get(account.id()))));
                cli.printJson(array);
            } else if (accounts.isEmpty()) {
                cli.out().println(cli.text("accounts.none"));
            } else {
                printTable(ledger, accounts, balances, today);
            }
        }
        return ExitCodes.OK;
    }

    private void printTable(Ledger ledger, List<Account> accounts, Map<UUID, Money> balances, LocalDate today) {
        Currency base = ledger.rates().baseCurrency();
        boolean first = true;
        for (AccountType type : AccountType.values()) {
            List<Account> ofType =
                    accounts.stream().filter(account -> account.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            if (!first) {
                cli.out().println();
            }
            first = false;
            cli.out().println(cli.text("accountType." + type.cliName()));
            TextTable table = new TextTable(false, false, true, false, false);
            for (Account account : ofType) {
                Money balance = balances.get(account.id());
                table.row(
                        account.name(),
                        account.institution(),
                        balance.toPlainString(),
                        account.currency().getCurrencyCode(),
                        extra(ledger, base, account, balance, today));
            }
            table.print(cli.out(), "  ");
        }
    }

    /** The base-currency value when the account holds another currency, and whether it is closed. */
    private String extra(Ledger ledger, Currency base, Account account, Money balance, LocalDate today) {
        String text = "";
        if (!account.currency().equals(base)) {
            try {
                text = cli.text("accounts.inBase", ledger.balances().inBaseCurrency(balance, today));
            } catch (LedgerInputException noRate) {
                text = cli.text("accounts.noRate", base.getCurrencyCode());
            }
        }
        if (account.closed()) {
            text = text.isEmpty() ? cli.text("accounts.closed") : text + "  " + cli.text("accounts.closed");
        }
        return text;
    }
}
