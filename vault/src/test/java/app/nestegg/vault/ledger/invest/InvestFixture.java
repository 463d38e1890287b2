package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;

/** A new vault with a brokerage account and short ways to add securities and record trades, for investment tests. */
final class InvestFixture implements AutoCloseable {

    static final Currency USD = LedgerFixture.USD;
    static final Currency EUR = LedgerFixture.EUR;

    final LedgerFixture ledger;
    final Investments invest;

    InvestFixture(Path folder) {
        ledger = new LedgerFixture(folder);
        invest = ledger.ledger.investments();
    }

    Account account(String name, AccountType type, Currency currency) {
        return ledger.ledger
                .accounts()
                .add(AccountDraft.of(name, type, currency, BigDecimal.ZERO).withOpeningDate(LocalDate.of(2000, 1, 1)));
    }

    Account brokerage() {
        return account("Broker", AccountType.BROKERAGE, USD);
    }

    Security security(String symbol, SecurityType type, Currency currency) {
        return invest.securities().add(new SecurityDraft(symbol, symbol + " fund", type, currency));
    }

    Trade buy(Account account, Security security, String date, String quantity, String price, String fees) {
        return invest.trades()
                .record(TradeDraft.buy(account.id(), security.id(), day(date), num(quantity), num(price), num(fees)));
    }

    Trade sell(Account account, Security security, String date, String quantity, String price, String fees) {
        return invest.trades()
                .record(TradeDraft.sell(account.id(), security.id(), day(date), num(quantity), num(price), num(fees)));
    }

    Trade dividend(Account account, Security security, String date, String amount) {
        return invest.trades().record(TradeDraft.dividend(account.id(), security.id(), day(date), num(amount)));
    }

    Trade reinvest(Account account, Security security, String date, String quantity, String price) {
        return invest.trades()
                .record(TradeDraft.reinvest(account.id(), security.id(), day(date), num(quantity), num(price)));
    }

    Trade split(Account account, Security security, String date, String ratio) {
        return invest.trades().record(TradeDraft.split(account.id(), security.id(), day(date), num(ratio)));
    }

    void price(Security security, String date, String price) {
        invest.prices().set(security.id(), day(date), num(price));
    }

    Money cashBalance(Account account, String date) {
        return ledger.ledger.balances().balance(account.id(), day(date));
    }

    int changeLogSize() {
        return ledger.changeLogSize();
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    static BigDecimal num(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), USD, "test");
    }

    @Override
    public void close() {
        ledger.close();
    }
}
