package app.nestegg.sync.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.RegisterRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interest job posts each month once, on the first run after it ended. 3.65 % a year is 0.01 % a day (actual/365);
 * the vault's clock starts at 2026-11-27T10:00Z.
 */
class InterestJobTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Scheduler scheduler;
    Account savings;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        savings = fx.ledger
                .accounts()
                .add(AccountDraft.of("Savings", AccountType.SAVINGS, LedgerFixture.USD, new BigDecimal("1000.00"))
                        .withOpeningDate(LocalDate.of(2026, 10, 1))
                        .withInterestRate(new BigDecimal("3.65")));
        scheduler = new Scheduler(
                fx.ledger.jobRuns(),
                List.of(new InterestJob(fx.ledger.interest(), fx.vaults.clock.getZone())),
                fx.vaults.clock);
    }

    @AfterEach
    void close() {
        scheduler.close();
        fx.close();
    }

    private List<String> postings() {
        return fx.ledger.register().older(RegisterQuery.forAccount(savings.id()), null, 50).rows().stream()
                .map(RegisterRow::transaction)
                .filter(t -> t.externalId() != null && t.externalId().startsWith("interest:"))
                .map(t -> t.date() + " " + t.amount().toPlainString())
                .toList();
    }

    @Test
    void eachEndedMonthIsPostedOnceOnTheFirstRunAfterIt() {
        assertThat(scheduler.runDue()).extracting(JobRun::outcome).containsExactly(JobOutcome.SUCCEEDED);
        // October: 31 days x 1,000.00 x 0.0001 = 3.10
        assertThat(postings()).containsExactly("2026-11-01 3.10");

        fx.vaults.clock.advance(Duration.ofDays(1));
        scheduler.runDue();
        assertThat(postings()).as("November has not ended").hasSize(1);

        fx.vaults.clock.advance(Duration.ofDays(4));
        scheduler.runDue();
        scheduler.runNow(InterestJob.NAME);
        // November: 30 days x 1,003.10 x 0.0001 = 3.0093 -> 3.01
        assertThat(postings()).containsExactly("2026-12-01 3.01", "2026-11-01 3.10");
    }
}
