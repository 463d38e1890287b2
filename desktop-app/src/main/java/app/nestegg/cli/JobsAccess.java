package app.nestegg.cli;

import app.nestegg.sync.jobs.AppJobs;
import app.nestegg.sync.jobs.Scheduler;
import app.nestegg.sync.quotes.QuoteSetup;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.sync.SharedFolder;
import app.nestegg.vault.jobs.JobRun;
import app.nestegg.vault.ledger.Ledger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The scheduler a {@code jobs} command works with, and how it shows a job's attempts. Closing it, after the scheduler,
 * ends the bank sync's page reads.
 */
final class JobsAccess implements AutoCloseable {

    private final Cli cli;
    private BankAccess bank;

    JobsAccess(Cli cli) {
        this.cli = cli;
    }

    Scheduler scheduler(VaultSession session) {
        Ledger ledger = session.ledger();
        bank = new BankAccess(cli, ledger);
        QuoteSetup quotes =
                new QuoteSetup(ledger.investments().quoteSource(), cli.context().environment());
        SharedFolder household = new SharedFolder(session.household(), bank.clock());
        return AppJobs.scheduler(ledger, session.backups(), bank.engine(), quotes, household, bank.clock());
    }

    @Override
    public void close() {
        if (bank != null) {
            bank.close();
        }
    }

    /** One line per attempt: the job, the day or time it was planned for, the outcome and why it failed. */
    void print(List<JobRun> runs) {
        for (JobRun run : runs) {
            cli.out().println(cli.text("jobs.ran", run.job(), cli.time(run.plannedAt()), outcome(run)));
            if (run.errorMessage() != null) {
                cli.out().println(cli.text("jobs.error", run.errorMessage()));
            }
            if (run.retryAt() != null) {
                cli.out().println(cli.text("jobs.retryAt", cli.time(run.retryAt())));
            }
        }
    }

    String outcome(JobRun run) {
        return cli.text("jobs.outcome." + run.outcome().name());
    }

    ObjectNode json(JobRun run) {
        ObjectNode node = cli.jsonObject();
        node.put("job", run.job());
        node.put("planned_at", run.plannedAt().toString());
        node.put("attempt", run.attempt());
        node.put("started_at", run.startedAt().toString());
        node.put("ended_at", run.endedAt() == null ? null : run.endedAt().toString());
        node.put("outcome", run.outcome().name());
        node.put("error", run.errorMessage());
        node.put("retry_at", run.retryAt() == null ? null : run.retryAt().toString());
        return node;
    }

    static int exitCode(List<JobRun> runs) {
        return runs.stream().allMatch(run -> run.outcome() == app.nestegg.vault.jobs.JobOutcome.SUCCEEDED)
                ? ExitCodes.OK
                : ExitCodes.FAILURE;
    }
}
