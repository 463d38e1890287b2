package app.nestegg.sync.teller;

import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Nest Egg's own cursor for Teller, which has none: a small JSON object stored as the {@link SyncCursor} value.
 *
 * <pre>{@code
 * {"version":1,
 *  "lastSync":"2026-03-14",                      // day the last complete sync began; absent before the first
 *  "accounts":{"acc_1":{"pending":["txn_9"],     // per account read at least once: its pending ids at that read
 *                       "oldestPending":"2026-03-12"}},
 *  "run":{"date":"2026-03-20",                   // a sync in progress, absent between syncs
 *         "accounts":[{"id":"acc_1","credit":false,"currency":"USD","startDate":"2026-03-04"}],
 *         "index":0, "fromId":"txn_5",           // the account being read and where its next page starts
 *         "seenPending":["txn_9"], "seenOldestPending":"2026-03-12"}}
 * }</pre>
 *
 * It holds pending ids only, never every id, so its size follows the number of accounts and pending rows.
 *
 * @param version the format, {@value #VERSION}
 * @param lastSync the day the last complete sync began, or null before the first
 * @param accounts per account read at least once, its pending rows at that read
 * @param run the sync in progress, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TellerCursor(int version, LocalDate lastSync, Map<String, AccountMark> accounts, Run run) {
    static final int VERSION = 1;
    private static final ObjectWriter WRITER = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    TellerCursor {
        accounts = accounts == null ? Map.of() : Map.copyOf(new TreeMap<>(accounts));
    }

    static final TellerCursor EMPTY = new TellerCursor(VERSION, null, Map.of(), null);

    /**
     * The pending rows of one account at its last read.
     *
     * @param oldestPending the earliest date among them, or null when there are none; the next window starts no later
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccountMark(List<String> pending, LocalDate oldestPending) {
        AccountMark {
            pending = pending == null ? List.of() : List.copyOf(pending);
        }
    }

    /**
     * A sync in progress.
     *
     * @param date the day it began; becomes {@code lastSync} when it ends
     * @param accounts the accounts to read, in order
     * @param index the account being read
     * @param fromId the oldest id of the page before, or null for the newest page
     * @param seenPending the pending ids read so far from the current account
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Run(
            LocalDate date,
            List<RunAccount> accounts,
            int index,
            String fromId,
            List<String> seenPending,
            LocalDate seenOldestPending) {
        Run {
            accounts = List.copyOf(accounts);
            seenPending = seenPending == null ? List.of() : List.copyOf(seenPending);
        }
    }

    /**
     * An account a run reads.
     *
     * @param startDate the first day of its window, or null to read its whole history
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunAccount(String id, boolean credit, String currency, LocalDate startDate) {}

    SyncCursor encode() {
        try {
            return new SyncCursor(WRITER.writeValueAsString(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Teller cursor could not be written", e);
        }
    }

    /**
     * @throws ProviderException when the text is not a cursor this version wrote
     */
    static TellerCursor decode(SyncCursor cursor) {
        if (cursor.isStart()) {
            return EMPTY;
        }
        TellerCursor decoded;
        try {
            decoded = Json.mapper().readValue(cursor.value(), TellerCursor.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw unreadable(e);
        }
        if (decoded == null || decoded.version() != VERSION) {
            throw unreadable(null);
        }
        return decoded;
    }

    private static ProviderException unreadable(Exception cause) {
        return new ProviderException(
                ProviderKind.TELLER,
                ProviderFailure.OTHER,
                0,
                null,
                null,
                "the stored Teller sync position cannot be read; sync again from the start",
                null,
                null,
                cause);
    }
}
