package app.nestegg.cli;

import app.nestegg.vault.ledger.invest.AccountHoldings;
import app.nestegg.vault.ledger.invest.AllocationSlice;
import app.nestegg.vault.ledger.invest.Holding;
import app.nestegg.vault.ledger.invest.InvestmentReturns;
import app.nestegg.vault.ledger.invest.Lot;
import app.nestegg.vault.ledger.invest.ReturnFigure;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.Trade;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of securities, trades and holdings: amounts as decimal strings, each with its currency. */
final class InvestJson {

    private InvestJson() {}

    static ObjectNode security(Cli cli, Security security) {
        ObjectNode node = cli.jsonObject();
        node.put("id", security.id().toString());
        node.put("symbol", security.symbol());
        node.put("name", security.name());
        node.put("type", security.type().cliName());
        node.put("currency", security.currency().getCurrencyCode());
        return node;
    }

    static ObjectNode trade(Cli cli, Trade trade) {
        ObjectNode node = cli.jsonObject();
        node.put("id", trade.id().toString());
        node.put("accountId", trade.accountId().toString());
        node.put("securityId", trade.securityId().toString());
        node.put("date", trade.date().toString());
        node.put("kind", trade.kind().cliName());
        node.put("quantity", trade.quantity().toPlainString());
        node.put("price", trade.price().map(p -> p.toPlainString()).orElse(null));
        node.put("value", trade.value().toPlainString());
        node.put("fees", trade.fees().toPlainString());
        node.put("cash", trade.cash().toPlainString());
        node.put("currency", trade.cash().currency().getCurrencyCode());
        node.put(
                "cashTransactionId",
                trade.cashTransactionId().map(Object::toString).orElse(null));
        return node;
    }

    static ObjectNode holdings(Cli cli, AccountHoldings account, InvestmentReturns returns) {
        ObjectNode node = cli.jsonObject();
        node.put("accountId", account.account().id().toString());
        node.put("account", account.account().name());
        node.put("currency", account.account().currency().getCurrencyCode());
        node.put("asOf", account.asOf().toString());
        ArrayNode holdings = node.putArray("holdings");
        account.holdings().forEach(h -> holdings.add(holding(cli, h)));
        node.put("costBasis", account.costBasis().toPlainString());
        node.put("marketValue", account.marketValue().toPlainString());
        node.put("unrealisedGain", account.unrealisedGain().toPlainString());
        node.put("realisedGain", account.realisedGain().toPlainString());
        node.put("income", account.income().toPlainString());
        ArrayNode allocation = node.putArray("allocation");
        for (AllocationSlice slice : account.allocation()) {
            ObjectNode item = allocation.addObject();
            item.put("type", slice.type().cliName());
            item.put("value", slice.value().toPlainString());
            item.put("share", slice.share().toPlainString());
        }
        ObjectNode figures = node.putObject("returns");
        figures.put("from", returns.from().toString());
        figures.put("to", returns.to().toString());
        figures.set("moneyWeighted", figure(cli, returns.moneyWeighted()));
        figures.set("timeWeighted", figure(cli, returns.timeWeighted()));
        return node;
    }

    private static ObjectNode holding(Cli cli, Holding holding) {
        ObjectNode node = cli.jsonObject();
        node.put("symbol", holding.security().symbol());
        node.put("name", holding.security().name());
        node.put("type", holding.security().type().cliName());
        node.put("quantity", holding.quantity().toPlainString());
        node.put("costBasis", holding.costBasis().toPlainString());
        node.put("price", holding.price().map(p -> p.toPlainString()).orElse(null));
        node.put("priceDate", holding.priceDate().map(Object::toString).orElse(null));
        node.put("priceCurrency", holding.security().currency().getCurrencyCode());
        node.put("marketValueInSecurityCurrency", holding.marketValue().toPlainString());
        node.put("marketValue", holding.marketValueInAccount().toPlainString());
        node.put("unrealisedGain", holding.unrealisedGain().toPlainString());
        node.put("realisedGain", holding.realisedGain().toPlainString());
        node.put("income", holding.income().toPlainString());
        ArrayNode lots = node.putArray("lots");
        for (Lot lot : holding.lots()) {
            ObjectNode item = lots.addObject();
            item.put("acquired", lot.acquired().toString());
            item.put("quantity", lot.quantity().toPlainString());
            item.put("cost", lot.cost().toPlainString());
        }
        return node;
    }

    private static ObjectNode figure(Cli cli, ReturnFigure figure) {
        ObjectNode node = cli.jsonObject();
        node.put("rate", figure.rate().map(r -> r.toPlainString()).orElse(null));
        node.put("yearly", figure.yearly());
        node.put("explanation", figure.explanation());
        return node;
    }
}
