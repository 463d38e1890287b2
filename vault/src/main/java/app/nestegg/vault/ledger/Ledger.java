package app.nestegg.vault.ledger;

import app.nestegg.vault.ledger.goals.Goals;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.VaultDatabase;
import java.time.Clock;

/** The ledger services of one unlocked vault, built once per session; every write goes through the change log. */
public final class Ledger {

    private final ChangeLog changeLog;
    private final ExchangeRates rates;
    private final Categories categories;
    private final Rules rules;
    private final PlaidCategories plaidCategories;
    private final Accounts accounts;
    private final Transactions transactions;
    private final Balances balances;
    private final Register register;
    private final Reconciliations reconciliations;
    private final Goals goals;
    private final Clock clock;

    public Ledger(VaultDatabase database, FieldCipher fieldCipher, Clock clock) {
        this.clock = clock;
        this.changeLog = ChangeLog.open(database, clock);
        this.rates = new ExchangeRates(changeLog);
        this.categories = new Categories(changeLog);
        this.rules = new Rules(changeLog);
        this.plaidCategories = new PlaidCategories(categories);
        this.accounts = new Accounts(changeLog, fieldCipher, clock);
        this.transactions = new Transactions(changeLog, rules, rates, clock);
        this.balances = new Balances(changeLog, rates);
        this.register = new Register(changeLog, balances, rates);
        this.reconciliations = new Reconciliations(changeLog, clock);
        this.goals = new Goals(changeLog, accounts, balances, rates, clock);
        categories.ensureDefaults();
    }

    /** The clock the ledger stamps its rows with, for services built on it (import, export). */
    public Clock clock() {
        return clock;
    }

    public ChangeLog changeLog() {
        return changeLog;
    }

    public ExchangeRates rates() {
        return rates;
    }

    public Categories categories() {
        return categories;
    }

    public Rules rules() {
        return rules;
    }

    /** Our category for a Plaid personal-finance category, for bank sync. */
    public PlaidCategories plaidCategories() {
        return plaidCategories;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Transactions transactions() {
        return transactions;
    }

    public Balances balances() {
        return balances;
    }

    public Register register() {
        return register;
    }

    public Reconciliations reconciliations() {
        return reconciliations;
    }

    /** Savings goals and their progress. */
    public Goals goals() {
        return goals;
    }
}
