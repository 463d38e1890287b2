package app.nestegg.sync.engine;

import app.nestegg.sync.provider.ProviderBalance;
import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.bank.ReportedBalance;
import app.nestegg.vault.bank.SyncedRows;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the balances the provider reports on the links, for display beside the ledger's own. The first balance of a
 * linked account also sets its opening balance, so that its posted rows plus the opening equal the bank's current
 * balance, dated the day before its earliest row; later balances never rewrite the ledger's history.
 */
final class ReportedBalances {

    private static final Logger LOG = LoggerFactory.getLogger(ReportedBalances.class);

    private final Ledger ledger;
    private final BankConnections connections;
    private final SyncedRows synced;
    private final Clock clock;

    ReportedBalances(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.connections = ledger.bankConnections();
        this.synced = connections.syncedRows();
        this.clock = clock;
    }

    void store(Map<String, LinkedAccount> links, List<ProviderBalance> balances) {
        Instant now = clock.instant();
        for (ProviderBalance balance : balances) {
            LinkedAccount link = links.get(balance.accountId());
            if (link == null) {
                continue;
            }
            Account account = ledger.accounts().get(link.accountId());
            Currency currency = account.currency();
            String code = balance.currencyCode();
            if (code != null
                    && !code.isBlank()
                    && !code.strip().toUpperCase(Locale.ROOT).equals(currency.getCurrencyCode())) {
                LOG.warn(
                        "Balance of account {} is in {}, not the account's {}; not kept", account.id(), code, currency);
                continue;
            }
            ReportedBalance reported = new ReportedBalance(
                    money(balance.current(), currency),
                    money(balance.available(), currency),
                    money(balance.limit(), currency),
                    now);
            connections.storeBalance(link.id(), reported);
            if (link.balance() == null && reported.current() != null) {
                setOpening(account, reported.current());
            }
        }
    }

    private void setOpening(Account account, Money current) {
        long opening = current.minor() - synced.postedSum(account.id());
        LocalDate openingDate =
                synced.earliestDate(account.id()).map(day -> day.minusDays(1)).orElse(LocalDate.now(clock));
        AccountDraft draft = new AccountDraft(
                account.name(),
                account.type(),
                account.institution(),
                account.currency(),
                new Money(opening, account.currency()).toDecimal(),
                openingDate,
                account.interestRate(),
                ledger.accounts().details(account.id()));
        ledger.accounts().update(account.id(), draft);
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return amount == null ? null : Money.rounded(amount, currency);
    }
}
