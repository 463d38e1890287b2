package app.nestegg.cli;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.invest.Trade;
import app.nestegg.vault.ledger.invest.TradeDraft;
import app.nestegg.vault.ledger.invest.TradeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trade KIND}: records a buy, sale, dividend, reinvested dividend or split in a brokerage or retirement account.
 * The cash side is written as a transaction of the same account; the ledger refuses a sale of more than is held.
 */
@Command(name = "trade", sortOptions = false)
final class TradeCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "arg.trade.kind")
    String kind;

    @Option(names = "--account", paramLabel = "NAME|ID", required = true, order = 1)
    String account;

    @Option(names = "--symbol", paramLabel = "SYMBOL", required = true, order = 2)
    String symbol;

    @Option(names = "--date", paramLabel = "DATE", order = 3)
    String date;

    @Option(names = "--quantity", paramLabel = "DECIMAL", order = 4)
    String quantity;

    @Option(names = "--price", paramLabel = "DECIMAL", order = 5)
    String price;

    @Option(names = "--fees", paramLabel = "AMOUNT", order = 6)
    String fees;

    @Option(names = "--amount", paramLabel = "AMOUNT", order = 7)
    String amount;

    @Option(names = "--ratio", paramLabel = "DECIMAL", order = 8)
    String ratio;

    @Option(names = "--memo", paramLabel = "TEXT", order = 9)
    String memo;

    TradeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        TradeKind tradeKind = TradeKind.fromText(kind);
        LedgerArgs args = new LedgerArgs(cli);
        LocalDate day = date == null ? cli.today() : args.date("--date", date);
        BigDecimal shares = tradeKind == TradeKind.SPLIT
                ? args.amount("--ratio", LedgerArgs.required(cli, "--ratio", ratio))
                : args.amount("--quantity", quantity);
        BigDecimal perShare = args.amount("--price", price);
        BigDecimal feeAmount = args.amount("--fees", fees);
        BigDecimal cash = args.amount("--amount", amount);
        Trade trade;
        try (OpenVault vault = cli.openVault()) {
            Ledger ledger = vault.session().ledger();
            UUID accountId = ledger.accounts().find(account).id();
            UUID securityId = ledger.investments().securities().find(symbol).id();
            trade = ledger.investments()
                    .trades()
                    .record(new TradeDraft(
                            accountId, securityId, day, tradeKind, shares, perShare, feeAmount, cash, memo));
        }
        if (cli.options().json) {
            cli.printJson(InvestJson.trade(cli, trade));
        } else {
            cli.out()
                    .println(cli.text(
                            "trade.recorded." + tradeKind.cliName(),
                            trade.quantity().toPlainString(),
                            symbol.strip().toUpperCase(java.util.Locale.ROOT),
                            trade.date(),
                            trade.cash().toString()));
        }
        return ExitCodes.OK;
    }
}
