package app.nestegg.vault.ledger.recurring;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.RECURRING_SERIES;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.RecurringSeriesRecord;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The detected series of this vault and the person's decisions. Local to this vault: every household member's vault
 * detects on the same merged ledger, so shared rows would only collide (docs/decisions/0027).
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "detected series are this vault's own findings; the shared result of a decision is the scheduled"
                + " transaction, which is written through the change log")
final class SeriesBook {

    private SeriesBook() {}

    /**
     * Stores what the detector found: a series seen before keeps its id and decision, and a still undecided one takes
     * the new figures; a series whose payee already has a scheduled transaction is left out.
     *
     * @param scheduled the keys ({@link #key}) of the scheduled transactions
     * @return how many series are new
     */
    static int store(DSLContext dsl, List<DetectedSeries> found, Set<String> scheduled, Instant now) {
        int added = 0;
        for (DetectedSeries series : found) {
            if (scheduled.contains(key(series.accountId(), series.payeeKey(), series.nextAmount()))) {
                continue;
            }
            RecurringSeriesRecord record = dsl.selectFrom(RECURRING_SERIES)
                    .where(RECURRING_SERIES.ACCOUNT_ID.eq(series.accountId()))
                    .and(RECURRING_SERIES.PAYEE_KEY.eq(series.payeeKey()))
                    .and(RECURRING_SERIES.AMOUNT_SIGN.eq(sign(series.typicalAmount())))
                    .and(RECURRING_SERIES.CADENCE.eq(series.cadence().name()))
                    .fetchOne();
            if (record == null) {
                record = dsl.newRecord(RECURRING_SERIES);
                record.setId(Ids.newId());
                record.setState(SeriesState.DETECTED.name());
                record.setDetectedAt(now);
                fill(record, series);
                record.insert();
                added++;
            } else if (record.getState().equals(SeriesState.DETECTED.name())) {
                fill(record, series);
                record.update();
            }
        }
        return added;
    }

    static List<RecurringSeries> list(DSLContext dsl, Condition which) {
        return dsl.select(RECURRING_SERIES.fields())
                .select(ACCOUNT.CURRENCY)
                .from(RECURRING_SERIES)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(RECURRING_SERIES.ACCOUNT_ID))
                .where(which)
                .orderBy(RECURRING_SERIES.NEXT_ON, RECURRING_SERIES.PAYEE_KEY)
                .fetch(SeriesBook::series);
    }

    static RecurringSeries get(DSLContext dsl, UUID id) {
        List<RecurringSeries> found = id == null ? List.of() : list(dsl, RECURRING_SERIES.ID.eq(id));
        if (found.isEmpty()) {
            throw new LedgerInputException("series", "No detected series with id " + id);
        }
        return found.getFirst();
    }

    static void decide(DSLContext dsl, UUID id, SeriesState state) {
        dsl.update(RECURRING_SERIES)
                .set(RECURRING_SERIES.STATE, state.name())
                .where(RECURRING_SERIES.ID.eq(id))
                .execute();
    }

    static Condition undecided() {
        return RECURRING_SERIES.STATE.eq(SeriesState.DETECTED.name());
    }

    static Condition all(boolean includeDismissed) {
        return includeDismissed ? DSL.trueCondition() : RECURRING_SERIES.STATE.ne(SeriesState.DISMISSED.name());
    }

    /** What makes a series and a scheduled transaction the same bill: account, payee key and direction of money. */
    static String key(UUID accountId, String payeeKey, long amount) {
        return accountId + "|" + payeeKey + "|" + Long.signum(amount);
    }

    private static short sign(long amount) {
        return (short) Long.signum(amount);
    }

    private static void fill(RecurringSeriesRecord record, DetectedSeries series) {
        record.setAccountId(series.accountId());
        record.setPayee(series.payee());
        record.setPayeeKey(series.payeeKey());
        record.setCadence(series.cadence().name());
        record.setAnchorOn(series.recurrence().anchor());
        record.setTypicalAmount(series.typicalAmount());
        record.setNextAmount(series.nextAmount());
        record.setNextOn(series.nextDate());
        record.setOccurrences(series.occurrences().size());
        record.setLastSeenOn(series.lastSeen());
        record.setAmountSign(sign(series.typicalAmount()));
    }

    private static RecurringSeries series(Record row) {
        RecurringSeriesRecord r = row.into(RECURRING_SERIES);
        Currency currency = Currency.getInstance(row.get(ACCOUNT.CURRENCY));
        return new RecurringSeries(
                r.getId(),
                r.getAccountId(),
                r.getPayee(),
                r.getPayeeKey(),
                new Recurrence(Cadence.valueOf(r.getCadence()), r.getAnchorOn()),
                new Money(r.getTypicalAmount(), currency),
                r.getNextOn(),
                new Money(r.getNextAmount(), currency),
                r.getOccurrences(),
                r.getLastSeenOn(),
                SeriesState.valueOf(r.getState()));
    }
}
