package app.nestegg.vault.ledger.recurring;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.Rules;
import app.nestegg.vault.ledger.Transactions;
import app.nestegg.vault.store.ChangeLog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Bills and subscriptions: series detected in the ledger, the person's decisions on them, and the scheduled
 * transactions confirmed series become. Every refusal is a {@link LedgerInputException} naming its field, with
 * nothing written.
 */
public final class Recurring {

    /** How far back detection reads: three years and a little, so a yearly series has its three occurrences. */
    static final int HISTORY_DAYS = 3 * 366 + 31;

    private final ChangeLog log;
    private final Clock clock;
    private final PostingSetting posting;
    private final ScheduledTransactions scheduled;

    public Recurring(ChangeLog log, Transactions transactions, Rules rules, Clock clock) {
        this.log = log;
        this.clock = clock;
        this.posting = new PostingSetting(log);
        this.scheduled = new ScheduledTransactions(log, transactions, rules, posting, clock);
    }

    /**
     * Detects series in the ledger's own rows (transfers left out) and stores those not seen before; running it again
     * on the same ledger changes nothing.
     *
     * @return how many series are new
     */
    public int detect() {
        LocalDate today = today();
        // three years are most of a ledger: one pass over the table reads them in about half the time H2's choice
        // took, the transfer index with a lookup of every row it names (13 s against 7 s on 1,000,000 rows)
        List<PastEntry> entries = log.read(dsl -> dsl.select(
                        LEDGER_TRANSACTION.POSTED_ON,
                        LEDGER_TRANSACTION.PAYEE,
                        LEDGER_TRANSACTION.AMOUNT,
                        LEDGER_TRANSACTION.ACCOUNT_ID)
                .from(LEDGER_TRANSACTION.useIndex())
                .where(LEDGER_TRANSACTION.POSTED_ON.between(today.minusDays(HISTORY_DAYS), today))
                .and(LEDGER_TRANSACTION.TRANSFER_PEER_ID.isNull())
                .and(LEDGER_TRANSACTION.AMOUNT.ne(0L))
                .fetch(r -> new PastEntry(r.value1(), r.value2(), r.value3(), r.value4())));
        List<DetectedSeries> found = new RecurringDetector().detect(entries, today);
        return log.write(w ->
                SeriesBook.store(w.dsl(), found, new HashSet<>(ScheduledTransactions.keys(w.dsl())), clock.instant()));
    }

    /** Detected and confirmed series (and, when asked, dismissed ones), the soonest expected first. */
    public List<RecurringSeries> series(boolean includeDismissed) {
        return log.read(dsl -> SeriesBook.list(dsl, SeriesBook.all(includeDismissed)));
    }

    public RecurringSeries get(UUID seriesId) {
        return log.read(dsl -> SeriesBook.get(dsl, seriesId));
    }

    /** Sets a detected series aside; detection never offers it again. */
    public RecurringSeries dismiss(UUID seriesId) {
        return log.write(w -> {
            RecurringSeries series = undecided(SeriesBook.get(w.dsl(), seriesId));
            SeriesBook.decide(w.dsl(), series.id(), SeriesState.DISMISSED);
            return SeriesBook.get(w.dsl(), series.id());
        });
    }

    /**
     * Turns a detected series into a scheduled transaction, with what the person changed.
     *
     * @see Confirmation
     */
    public ScheduledTransaction confirm(UUID seriesId, Confirmation confirmation) {
        LocalDate today = today();
        return log.write(w -> {
            RecurringSeries series = undecided(SeriesBook.get(w.dsl(), seriesId));
            long amount = amount(series, confirmation.amount());
            LocalDate firstDue = firstDue(series, confirmation.firstDue(), today);
            Cadence cadence = confirmation.cadence() == null ? series.cadence() : confirmation.cadence();
            ScheduledTransaction added = scheduled.add(
                    w,
                    series.accountId(),
                    series.payee(),
                    confirmation.categoryId(),
                    amount,
                    new Recurrence(cadence, firstDue),
                    confirmation.mode());
            SeriesBook.decide(w.dsl(), series.id(), SeriesState.CONFIRMED);
            return added;
        });
    }

    public ScheduledTransactions scheduled() {
        return scheduled;
    }

    /**
     * What is expected from {@code from} to {@code to}: the days of scheduled transactions and of detected series
     * nobody decided on yet, by day.
     */
    public List<ExpectedItem> expected(LocalDate from, LocalDate to) {
        List<ExpectedItem> items = new ArrayList<>(scheduled.expected(from, to));
        for (RecurringSeries series : log.read(dsl -> SeriesBook.list(dsl, SeriesBook.undecided()))) {
            for (LocalDate day = series.nextDate();
                    !day.isAfter(to);
                    day = series.recurrence().nextAfter(day)) {
                if (!day.isBefore(from)) {
                    items.add(new ExpectedItem(
                            day, series.accountId(), series.payee(), series.nextAmount(), null, series.id()));
                }
            }
        }
        items.sort(Comparator.comparing(ExpectedItem::date).thenComparing(ExpectedItem::payee));
        return items;
    }

    /** Whether this vault enters due scheduled transactions (on unless switched off on this computer). */
    public boolean postsScheduled() {
        return posting.posts();
    }

    public void setPostsScheduled(boolean posts) {
        posting.set(posts);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static RecurringSeries undecided(RecurringSeries series) {
        if (series.state() != SeriesState.DETECTED) {
            throw new LedgerInputException(
                    "series",
                    "Series '" + series.payee() + "' is already "
                            + series.state().name().toLowerCase(Locale.ROOT));
        }
        return series;
    }

    /** The amount given as a size, signed like the series; the series' next amount when none is given. */
    private static long amount(RecurringSeries series, BigDecimal given) {
        if (given == null) {
            return series.nextAmount().minor();
        }
        if (given.signum() <= 0) {
            throw new LedgerInputException(
                    "amount",
                    "The amount must be more than zero (the series keeps its direction, money "
                            + (series.nextAmount().signum() < 0 ? "out" : "in") + "): " + given.toPlainString());
        }
        Money money = Money.of(given, series.nextAmount().currency(), "amount");
        return series.nextAmount().signum() < 0 ? -money.minor() : money.minor();
    }

    /** The given day, not before today; else the series' next day, or its first one from today when that passed. */
    private static LocalDate firstDue(RecurringSeries series, LocalDate given, LocalDate today) {
        if (given != null) {
            if (given.isBefore(today)) {
                throw new LedgerInputException(
                        "date", "The first due day cannot be before today (" + today + "): " + given);
            }
            return given;
        }
        LocalDate next = series.nextDate();
        while (next.isBefore(today)) {
            next = series.recurrence().nextAfter(next);
        }
        return next;
    }
}
