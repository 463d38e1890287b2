package app.nestegg.sync.jobs;

import app.nestegg.sync.engine.SyncEngine;
import app.nestegg.sync.forecast.CashFlowForecaster;
import app.nestegg.sync.forecast.PlannedItems;
import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.vault.exchange.backup.Backups;
import app.nestegg.vault.household.sync.SharedFolder;
import app.nestegg.vault.ledger.Ledger;
import java.time.Clock;
import java.util.List;

/**
 * The jobs the app schedules, in the order a due round runs them: the ledger's own rows first (bank sync, household
 * sync, scheduled transactions), then what reads them (alerts, forecast, bills due), then prices, interest, the daily
 * backup and clean-up.
 */
public final class AppJobs {

    private AppJobs() {}

    public static List<Job> of(
            Ledger ledger, Backups backups, SyncEngine engine, QuoteSetup quotes, SharedFolder household, Clock clock) {
        return List.of(
                new NetWorthSnapshotJob(ledger.netWorth(), clock.getZone()),
                new BankSyncJob(engine, new SyncProblemAlerts(ledger.bankConnections(), ledger.notifications())),
                new HouseholdFolderJob(household),
                new RecurringDetectionJob(ledger.recurring()),
                new ScheduledTransactionsJob(ledger.recurring()),
                new BudgetAlertJob(ledger.budgets(), ledger.notifications()),
                new ForecastWarningJob(new CashFlowForecaster(ledger, PlannedItems.of(ledger)), ledger.notifications()),
                new BillsDueJob(ledger.recurring().scheduled(), ledger.notifications()),
                new PriceUpdateJob(ledger.investments(), quotes, clock.getZone()),
                new InterestJob(ledger.interest(), clock.getZone()),
                new DailyBackupJob(backups),
                new CleanupJob(ledger.housekeeping(), ledger.notifications()));
    }

    /** The scheduler over the app's jobs, with the default retries and time limits. */
    public static Scheduler scheduler(
            Ledger ledger, Backups backups, SyncEngine engine, QuoteSetup quotes, SharedFolder household, Clock clock) {
        return new Scheduler(ledger.jobRuns(), of(ledger, backups, engine, quotes, household, clock), clock);
    }
}
