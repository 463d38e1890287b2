package app.nestegg.vault.ledger;

import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.bank.ProviderCredentials;
import app.nestegg.vault.household.Members;
import app.nestegg.vault.household.PrivateAccounts;
import app.nestegg.vault.jobs.Housekeeping;
import app.nestegg.vault.jobs.JobRuns;
import app.nestegg.vault.ledger.budget.Budgets;
import app.nestegg.vault.ledger.dashboard.Dashboard;
import app.nestegg.vault.ledger.goals.Goals;
import app.nestegg.vault.ledger.interest.InterestPostings;
import app.nestegg.vault.ledger.invest.Investments;
import app.nestegg.vault.ledger.networth.NetWorth;
import app.nestegg.vault.ledger.recurring.Recurring;
import app.nestegg.vault.ledger.report.Reports;
import app.nestegg.vault.notifications.Notifications;
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
    private final Budgets budgets;
    private final Reports reports;
    private final Investments investments;
    private final NetWorth netWorth;
    private final Goals goals;
    private final Recurring recurring;
    private final Dashboard dashboard;
    private final BankConnections bankConnections;
    private final ProviderCredentials providerCredentials;
    private final JobRuns jobRuns;
    private final Notifications notifications;
    private final InterestPostings interest;
    private final Housekeeping housekeeping;
    private final Members members;
    private final PrivateAccounts privateAccounts;
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
        this.budgets = new Budgets(changeLog, categories, rates, clock);
        this.reports = new Reports(changeLog, categories, rates, budgets, clock);
        this.investments = new Investments(changeLog, accounts, transactions, rates, clock);
        this.netWorth = new NetWorth(changeLog, accounts, balances, investments.holdings(), rates);
        this.goals = new Goals(changeLog, accounts, balances, rates, clock);
        this.recurring = new Recurring(changeLog, transactions, rules, clock);
        this.dashboard = new Dashboard(changeLog, rates, accounts, netWorth, reports, budgets, goals, clock);
        this.bankConnections = new BankConnections(changeLog, fieldCipher, clock);
        this.providerCredentials = new ProviderCredentials(changeLog, fieldCipher, clock);
        this.jobRuns = new JobRuns(changeLog, clock);
        this.notifications = new Notifications(changeLog, clock);
        this.interest = new InterestPostings(changeLog, accounts, balances, transactions, categories);
        this.housekeeping = new Housekeeping(database, jobRuns, clock);
        this.members = new Members(changeLog, fieldCipher, clock);
        this.privateAccounts = new PrivateAccounts(changeLog, clock);
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

    public Budgets budgets() {
        return budgets;
    }

    public Reports reports() {
        return reports;
    }

    /** Daily snapshots per account and the net-worth history; accounts left out of it. */
    public NetWorth netWorth() {
        return netWorth;
    }

    /** Securities, trades, prices, holdings and returns of brokerage and retirement accounts. */
    public Investments investments() {
        return investments;
    }

    /** Savings goals and their progress. */
    public Goals goals() {
        return goals;
    }

    /** Detected bills and subscriptions, and the scheduled transactions confirmed ones become. */
    public Recurring recurring() {
        return recurring;
    }

    /** The dashboard's figures: net worth and its chart, the month, budget status, goals, large transactions. */
    public Dashboard dashboard() {
        return dashboard;
    }

    /** Linked bank logins, their accounts and sync state; local to this vault, never in the change log. */
    public BankConnections bankConnections() {
        return bankConnections;
    }

    /** The app's own Plaid and Teller credentials from Settings, sealed; local to this vault. */
    public ProviderCredentials providerCredentials() {
        return providerCredentials;
    }

    /** This computer's record of scheduled work: attempts at planned runs, and which jobs are on. */
    public JobRuns jobRuns() {
        return jobRuns;
    }

    /** What the app told the person, each once; local to this vault. */
    public Notifications notifications() {
        return notifications;
    }

    /** Monthly interest of manual savings and loan accounts that have a rate. */
    public InterestPostings interest() {
        return interest;
    }

    /** Deleting what the vault keeps only for a while: old audit events, job-run records and backups. */
    public Housekeeping housekeeping() {
        return housekeeping;
    }

    /** The household as this vault knows it: its own identity and the members it added. */
    public Members members() {
        return members;
    }

    /** The accounts this member keeps out of household bundles. */
    public PrivateAccounts privateAccounts() {
        return privateAccounts;
    }
}
