package app.nestegg.sync.teller;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.sync.provider.RemovedTransaction;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import app.nestegg.sync.teller.TellerCursor.AccountMark;
import app.nestegg.sync.teller.TellerCursor.Run;
import app.nestegg.sync.teller.TellerCursor.RunAccount;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emulates a change feed over Teller's plain transaction lists (see {@link TellerCursor} for the state it keeps).
 *
 * <p>A sync is a run over the open accounts that list transactions, one page per call: newest first, {@code count}
 * rows, older pages through {@code from_id}. An account never read before is read whole; a known account from
 * {@value #WINDOW_DAYS} days before the last sync (or its oldest pending row, if earlier), because pending rows change
 * date when they post. Every row read is reported as added (the engine upserts by id). When an account's window is
 * read to its end, each of its pending ids from the last sync that the window no longer holds is reported removed: the
 * hold lapsed, or it posted under a new id. An account Teller reports closed ({@code 410 account.closed}) is skipped.
 */
final class TellerTransactionSync {
    private static final Logger LOG = LoggerFactory.getLogger(TellerTransactionSync.class);
    static final int WINDOW_DAYS = 10;
    private static final TypeReference<List<TellerWire.Account>> ACCOUNTS = new TypeReference<>() {};
    private static final TypeReference<List<TellerWire.Transaction>> TRANSACTIONS = new TypeReference<>() {};

    private final TellerHttp http;
    private final Clock clock;
    private final int pageSize;

    TellerTransactionSync(TellerHttp http, Clock clock, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        this.http = http;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    TransactionChanges page(AccessToken token, SyncCursor cursor) {
        TellerCursor state = TellerCursor.decode(cursor);
        Run run = state.run() != null ? state.run() : startRun(token, state);
        Map<String, AccountMark> marks = new HashMap<>(state.accounts());
        List<ProviderTransaction> added = new ArrayList<>();
        List<RemovedTransaction> removed = new ArrayList<>();
        if (run.index() < run.accounts().size()) {
            run = readPage(token, run, marks, added, removed);
        }
        boolean done = run.index() >= run.accounts().size();
        TellerCursor next = done
                ? new TellerCursor(TellerCursor.VERSION, run.date(), onlyRead(marks, run), null)
                : new TellerCursor(TellerCursor.VERSION, state.lastSync(), marks, run);
        return new TransactionChanges(added, List.of(), removed, next.encode(), !done);
    }

    private Run startRun(AccessToken token, TellerCursor state) {
        LocalDate today = LocalDate.now(clock);
        List<RunAccount> accounts = new ArrayList<>();
        for (TellerWire.Account account : http.get(token, List.of("accounts"), Map.of(), ACCOUNTS)) {
            if (account.id() == null || account.isClosed() || !account.links("transactions")) {
                continue;
            }
            AccountMark mark = state.accounts().get(account.id());
            LocalDate start = null;
            if (mark != null && state.lastSync() != null) {
                start = state.lastSync().minusDays(WINDOW_DAYS);
                if (mark.oldestPending() != null && mark.oldestPending().isBefore(start)) {
                    start = mark.oldestPending();
                }
            }
            accounts.add(new RunAccount(account.id(), account.isCredit(), account.currency(), start));
        }
        LOG.debug("Teller sync of {} accounts begins", accounts.size());
        return new Run(today, accounts, 0, null, List.of(), null);
    }

    private Run readPage(
            AccessToken token,
            Run run,
            Map<String, AccountMark> marks,
            List<ProviderTransaction> added,
            List<RemovedTransaction> removed) {
        RunAccount account = run.accounts().get(run.index());
        List<TellerWire.Transaction> rows;
        try {
            rows = http.getRetryingTimeout(
                    token, List.of("accounts", account.id(), "transactions"), query(account, run), TRANSACTIONS);
        } catch (ProviderException e) {
            if (!TellerErrors.isAccountClosed(e)) {
                throw e;
            }
            LOG.info("Teller account {} is closed; its transactions are skipped", account.id());
            marks.remove(account.id());
            return nextAccount(run);
        }
        Set<String> seen = new LinkedHashSet<>(run.seenPending());
        LocalDate oldest = run.seenOldestPending();
        for (TellerWire.Transaction row : rows) {
            ProviderTransaction transaction = mapped(row, account);
            added.add(transaction);
            if (transaction.pending()) {
                seen.add(transaction.id());
                oldest = oldest == null || transaction.date().isBefore(oldest) ? transaction.date() : oldest;
            }
        }
        if (rows.size() >= pageSize) {
            String fromId = rows.getLast().id();
            return new Run(run.date(), run.accounts(), run.index(), fromId, List.copyOf(seen), oldest);
        }
        AccountMark previous = marks.get(account.id());
        if (previous != null) {
            previous.pending().stream()
                    .filter(id -> !seen.contains(id))
                    .forEach(id -> removed.add(new RemovedTransaction(id, account.id())));
        }
        marks.put(account.id(), new AccountMark(List.copyOf(seen), oldest));
        return nextAccount(run);
    }

    private static Run nextAccount(Run run) {
        return new Run(run.date(), run.accounts(), run.index() + 1, null, List.of(), null);
    }

    private Map<String, String> query(RunAccount account, Run run) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("count", Integer.toString(pageSize));
        if (run.fromId() != null) {
            query.put("from_id", run.fromId());
        }
        if (account.startDate() != null) {
            query.put("start_date", account.startDate().toString());
        }
        return query;
    }

    private static ProviderTransaction mapped(TellerWire.Transaction row, RunAccount account) {
        try {
            return TellerMapper.transaction(row, account.id(), account.credit(), account.currency());
        } catch (IllegalArgumentException e) {
            throw TellerErrors.malformed("GET /accounts/" + account.id() + "/transactions", e.getMessage(), e);
        }
    }

    /** The marks of the accounts this run read; accounts that left the enrollment are forgotten. */
    private static Map<String, AccountMark> onlyRead(Map<String, AccountMark> marks, Run run) {
        Map<String, AccountMark> kept = new HashMap<>();
        for (RunAccount account : run.accounts()) {
            AccountMark mark = marks.get(account.id());
            if (mark != null) {
                kept.put(account.id(), mark);
            }
        }
        return kept;
    }
}
