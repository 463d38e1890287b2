package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Accounts;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.Transactions;
import app.nestegg.vault.store.ChangeLog;
import java.time.Clock;

/** The investment services of one ledger: securities, trades, prices, holdings, returns and bank holdings. */
public final class Investments {

    private final Securities securities;
    private final Trades trades;
    private final Prices prices;
    private final Holdings holdings;
    private final Returns returns;
    private final BankHoldings bankHoldings;
    private final PriceAges priceAges;
    private final QuoteSourceSettings quoteSource;

    public Investments(ChangeLog log, Accounts accounts, Transactions transactions, ExchangeRates rates, Clock clock) {
        this.securities = new Securities(log);
        this.trades = new Trades(log, accounts, transactions, rates, clock);
        this.prices = new Prices(log);
        this.holdings = new Holdings(log, accounts, rates);
        this.returns = new Returns(holdings);
        this.bankHoldings = new BankHoldings(accounts, rates, clock);
        this.priceAges = new PriceAges(holdings);
        this.quoteSource = new QuoteSourceSettings(log);
    }

    public Securities securities() {
        return securities;
    }

    public Trades trades() {
        return trades;
    }

    public Prices prices() {
        return prices;
    }

    public Holdings holdings() {
        return holdings;
    }

    public Returns returns() {
        return returns;
    }

    public BankHoldings bankHoldings() {
        return bankHoldings;
    }

    /** The securities held and how old their newest prices are. */
    public PriceAges priceAges() {
        return priceAges;
    }

    /** Where the price-update job fetches quotes from, as chosen in Settings. */
    public QuoteSourceSettings quoteSource() {
        return quoteSource;
    }
}
