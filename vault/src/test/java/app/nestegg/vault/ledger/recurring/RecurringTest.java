package app.nestegg.vault.ledger.recurring;

import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.Transaction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recurring series on a real vault with the clock at 2026-11-27: detection stored once, decisions kept, and scheduled
 * transactions entered once per due day.
 */
class RecurringTest {

    LedgerFixture fx;
    Recurring recurring;
    Account checking;

    @BeforeEach
    void open(@TempDir Path folder) {
        fx = new LedgerFixture(folder);
        recurring = fx.ledger.recurring();
        checking = fx.account("Checking", USD, "2000");
        for (String day : List.of("2026-08-03", "2026-09-03", "2026-10-05", "2026-11-03")) {
            fx.add(checking, day, "-15.99", "STREAMFLIX " + day.substring(5, 7));
        }
        fx.add(checking, "2026-11-10", "-80", "Hardware store");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private RecurringSeries detectedStreamflix() {
        assertThat(recurring.detect()).isEqualTo(1);
        return recurring.series(false).getFirst();
    }

    private List<Transaction> streamflixEntries() {
        return fx
                .session
                .database()
                .read(dsl -> dsl.select(LEDGER_TRANSACTION.ID)
                        .from(LEDGER_TRANSACTION)
                        .where(LEDGER_TRANSACTION.PAYEE.startsWith("STREAMFLIX"))
                        .and(LEDGER_TRANSACTION.POSTED_ON.gt(LocalDate.parse("2026-11-27")))
                        .fetch(LEDGER_TRANSACTION.ID))
                .stream()
                .map(fx.ledger.transactions()::get)
                .toList();
    }

    @Test
    void detectionStoresASeriesOnceWithItsNextDayAndAmount() {
        RecurringSeries series = detectedStreamflix();

        assertThat(series.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(series.nextDate()).isEqualTo(LocalDate.parse("2026-12-03"));
        assertThat(series.nextAmount()).isEqualTo(new Money(-1599, USD));
        assertThat(series.occurrences()).isEqualTo(4);
        assertThat(series.state()).isEqualTo(SeriesState.DETECTED);
        assertThat(recurring.detect()).as("a second run finds nothing new").isZero();
        assertThat(recurring.series(true)).hasSize(1);
    }

    @Test
    void aDismissedSeriesIsNotOfferedAgain() {
        RecurringSeries series = detectedStreamflix();

        recurring.dismiss(series.id());

        assertThat(recurring.detect()).isZero();
        assertThat(recurring.series(false)).isEmpty();
        assertThat(recurring.series(true)).extracting(RecurringSeries::state).containsExactly(SeriesState.DISMISSED);
        assertThat(recurring.expected(LocalDate.parse("2026-11-27"), LocalDate.parse("2027-01-31")))
                .isEmpty();
    }

    @Test
    void aConfirmedAutoSeriesIsEnteredOncePerDueDayEvenWhenTheJobRunsTwiceOrCatchesUp() {
        RecurringSeries series = detectedStreamflix();
        ScheduledTransaction scheduled = recurring.confirm(
                series.id(), new Confirmation(new BigDecimal("17.99"), null, null, null, EntryMode.AUTO));
        assertThat(scheduled.amount()).isEqualTo(new Money(-1799, USD));
        assertThat(scheduled.nextDue()).isEqualTo(LocalDate.parse("2026-12-03"));

        assertThat(recurring.scheduled().enterDue()).as("nothing is due yet").isZero();
        fx.vaults.clock.set(Instant.parse("2027-02-10T10:00:00Z"));
        assertThat(recurring.scheduled().enterDue())
                .as("December, January, February")
                .isEqualTo(3);
        assertThat(recurring.scheduled().enterDue()).as("a second run").isZero();

        assertThat(streamflixEntries())
                .extracting(Transaction::date)
                .containsExactlyInAnyOrder(
                        LocalDate.parse("2026-12-03"), LocalDate.parse("2027-01-03"), LocalDate.parse("2027-02-03"));
        assertThat(streamflixEntries()).allSatisfy(t -> assertThat(t.amount()).isEqualTo(new Money(-1799, USD)));
        assertThat(recurring.scheduled().get(scheduled.id()).nextDue()).isEqualTo(LocalDate.parse("2027-03-03"));
        assertThat(recurring.series(false).getFirst().state()).isEqualTo(SeriesState.CONFIRMED);
    }

    @Test
    void aVaultThatDoesNotPostEntersNothing() {
        RecurringSeries series = detectedStreamflix();
        recurring.confirm(series.id(), new Confirmation(null, null, null, null, EntryMode.AUTO));
        recurring.setPostsScheduled(false);
        fx.vaults.clock.advance(Duration.ofDays(40));

        assertThat(recurring.postsScheduled()).isFalse();
        assertThat(recurring.scheduled().enterDue()).isZero();
        assertThat(streamflixEntries()).isEmpty();
    }

    @Test
    void approveItemsWaitForTheirEnterOrSkipAndShowAsDue() {
        RecurringSeries series = detectedStreamflix();
        ScheduledTransaction scheduled = recurring.confirm(series.id(), Confirmation.asDetected());
        fx.vaults.clock.advance(Duration.ofDays(40));

        assertThat(recurring.scheduled().enterDue()).as("approve items wait").isZero();
        assertThat(recurring.scheduled().dueWithin(7))
                .extracting(ExpectedItem::date)
                .containsExactly(LocalDate.parse("2026-12-03"), LocalDate.parse("2027-01-03"));

        assertThat(recurring.scheduled().skip(scheduled.id())).isEqualTo(LocalDate.parse("2026-12-03"));
        assertThat(recurring.scheduled().enter(scheduled.id())).isEqualTo(LocalDate.parse("2027-01-03"));

        assertThat(streamflixEntries()).extracting(Transaction::date).containsExactly(LocalDate.parse("2027-01-03"));
        assertThat(recurring.scheduled().dueWithin(7)).isEmpty();
    }

    @Test
    void expectedItemsListScheduledAndUndecidedSeriesByDay() {
        for (String day : List.of("2026-09-15", "2026-10-15", "2026-11-16")) {
            fx.add(checking, day, "2500", "Employer payroll");
        }
        recurring.detect();
        RecurringSeries streamflix = recurring.series(false).stream()
                .filter(s -> s.payeeKey().equals("streamflix"))
                .findFirst()
                .orElseThrow();
        recurring.confirm(streamflix.id(), Confirmation.asDetected());

        List<ExpectedItem> items = recurring.expected(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-10"));

        assertThat(items)
                .extracting(ExpectedItem::date, ExpectedItem::payee, ExpectedItem::scheduled)
                .containsExactly(
                        Tuple.tuple(LocalDate.parse("2026-12-03"), "STREAMFLIX 11", true),
                        Tuple.tuple(LocalDate.parse("2026-12-15"), "Employer payroll", false),
                        Tuple.tuple(LocalDate.parse("2027-01-03"), "STREAMFLIX 11", true));
    }

    @Test
    void badDecisionsAreRefusedByFieldWithNothingWritten() {
        RecurringSeries series = detectedStreamflix();

        assertThatThrownBy(() -> recurring.confirm(
                        series.id(), new Confirmation(new BigDecimal("-5"), null, null, null, EntryMode.AUTO)))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("more than zero")
                .extracting(e -> ((LedgerInputException) e).field())
                .isEqualTo("amount");
        assertThatThrownBy(() -> recurring.confirm(
                        series.id(), new Confirmation(new BigDecimal("1.234"), null, null, null, null)))
                .hasMessageContaining("too many decimals");
        assertThatThrownBy(() -> recurring.confirm(
                        series.id(), new Confirmation(null, LocalDate.parse("2026-11-01"), null, null, null)))
                .hasMessageContaining("before today");
        assertThatThrownBy(() -> recurring.dismiss(UUID.randomUUID()))
                .extracting(e -> ((LedgerInputException) e).field())
                .isEqualTo("series");
        assertThat(recurring.scheduled().list()).isEmpty();

        recurring.dismiss(series.id());
        assertThatThrownBy(() -> recurring.confirm(series.id(), Confirmation.asDetected()))
                .hasMessageContaining("already dismissed");
    }

    @Test
    void scheduledTransactionsReachTheChangeLogAndDetectedSeriesDoNot() {
        int before = fx.changeLogSize();
        RecurringSeries series = detectedStreamflix();
        assertThat(fx.changeLogSize()).isEqualTo(before);

        recurring.confirm(series.id(), Confirmation.asDetected());

        assertThat(fx.changeLogSize()).isEqualTo(before + 1);
    }
}
