package app.nestegg.cli;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Currencies;
import app.nestegg.vault.ledger.Ledger;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code accounts add}: opens an account kept by hand, with its opening balance as of a date (today unless given). */
@Command(name = "add", sortOptions = false)
final class AccountsAddCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--name", paramLabel = "NAME", required = true, order = 1)
    String name;

    @Option(names = "--type", paramLabel = "TYPE", required = true, order = 2)
    String type;

    @Option(names = "--currency", paramLabel = "CODE", required = true, order = 3)
    String currency;

    @Option(names = "--opening-balance", paramLabel = "AMOUNT", order = 4)
    String openingBalance;

    @Option(names = "--institution", paramLabel = "NAME", order = 5)
    String institution;

    @Option(names = "--opening-date", paramLabel = "DATE", order = 6)
    String openingDate;

    AccountsAddCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        AccountType accountType = AccountType.fromCliName(type);
        Currency code = Currencies.of(currency, "currency");
        BigDecimal opening = new LedgerArgs(cli).amount("--opening-balance", openingBalance);
        LedgerArgs args = new LedgerArgs(cli);
        AccountDraft draft = AccountDraft.of(name, accountType, code, opening)
                .withInstitution(institution)
                .withOpeningDate(openingDate == null ? null : args.date("--opening-date", openingDate));
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            Account account = ledger.accounts().add(draft);
            if (cli.options().json) {
                cli.printJson(AccountJson.of(cli, account, ledger.balances().balance(account.id(), cli.today())));
            } else {
                cli.out().println(cli.text("accounts.added", account.name(), account.id()));
            }
        }
        return ExitCodes.OK;
    }
}
