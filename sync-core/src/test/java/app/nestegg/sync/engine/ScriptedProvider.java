package app.nestegg.sync.engine;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.BankProvider;
import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.sync.provider.ProviderBalance;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderHolding;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.sync.provider.RemovedTransaction;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A provider serving one login's change log the way Plaid's {@code /transactions/sync} does: the cursor is a position
 * in the log, a page holds the next {@code pageSize} changes grouped into added, modified and removed, and a pending
 * row that posts arrives as its removal plus an added row naming it, on the same page or not. Failures and mid-run
 * changes are scripted by call number.
 */
final class ScriptedProvider implements BankProvider {

    private final String token;
    private final int pageSize;
    private final List<ProviderAccount> accounts = new ArrayList<>();
    private final Map<String, ProviderBalance> balances = new HashMap<>();
    private final List<Object> log = new ArrayList<>();
    private final Map<Integer, ProviderFailure> failures = new HashMap<>();
    private final Map<Integer, Consumer<ScriptedProvider>> changes = new HashMap<>();
    private final Map<Integer, Runnable> beforeCalls = new HashMap<>();
    private ProviderFailure failEverything;
    private int pageCalls;

    ScriptedProvider(String token, int pageSize) {
        this.token = token;
        this.pageSize = pageSize;
    }

    ScriptedProvider account(ProviderAccount account) {
        accounts.add(account);
        return this;
    }

    ScriptedProvider balance(ProviderBalance balance) {
        balances.put(balance.accountId(), balance);
        return this;
    }

    ScriptedProvider added(ProviderTransaction... rows) {
        log.addAll(List.of(rows));
        return this;
    }

    ScriptedProvider modified(ProviderTransaction row) {
        log.add(new Modified(row));
        return this;
    }

    ScriptedProvider removed(String id, String accountId) {
        log.add(new RemovedTransaction(id, accountId));
        return this;
    }

    /** The n-th page request from now fails once with this failure. */
    ScriptedProvider failPageCall(int n, ProviderFailure failure) {
        failures.put(pageCalls + n, failure);
        return this;
    }

    /** The n-th page request from now finds the log changed by {@code change} and says so, as Plaid does. */
    ScriptedProvider changeDuringPageCall(int n, Consumer<ScriptedProvider> change) {
        changes.put(pageCalls + n, change);
        return this;
    }

    /** The n-th page request from now first runs {@code action} (on the thread that makes the request). */
    ScriptedProvider beforePageCall(int n, Runnable action) {
        beforeCalls.put(pageCalls + n, action);
        return this;
    }

    /** Every call fails with this failure until {@link #recover()}. */
    ScriptedProvider failEverything(ProviderFailure failure) {
        failEverything = failure;
        return this;
    }

    ScriptedProvider recover() {
        failEverything = null;
        return this;
    }

    int pageCalls() {
        return pageCalls;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.PLAID;
    }

    @Override
    public List<ProviderAccount> accounts(AccessToken token) {
        check(token);
        return List.copyOf(accounts);
    }

    @Override
    public List<ProviderBalance> balances(AccessToken token) {
        check(token);
        return List.copyOf(balances.values());
    }

    @Override
    public TransactionChanges transactionChanges(AccessToken token, SyncCursor cursor) {
        check(token);
        pageCalls++;
        Runnable before = beforeCalls.remove(pageCalls);
        if (before != null) {
            before.run();
        }
        Consumer<ScriptedProvider> change = changes.remove(pageCalls);
        if (change != null) {
            change.accept(this);
            throw failure(ProviderFailure.CHANGED_DURING_PAGINATION);
        }
        ProviderFailure failure = failures.remove(pageCalls);
        if (failure != null) {
            throw failure(failure);
        }
        int from = cursor.isStart() ? 0 : Integer.parseInt(cursor.value().substring("pos-".length()));
        int to = Math.min(log.size(), from + pageSize);
        List<ProviderTransaction> added = new ArrayList<>();
        List<ProviderTransaction> modified = new ArrayList<>();
        List<RemovedTransaction> removed = new ArrayList<>();
        for (Object entry : log.subList(from, to)) {
            switch (entry) {
                case ProviderTransaction row -> added.add(row);
                case Modified m -> modified.add(m.row());
                case RemovedTransaction r -> removed.add(r);
                default -> throw new IllegalStateException("unknown entry " + entry);
            }
        }
        return new TransactionChanges(added, modified, removed, new SyncCursor("pos-" + to), to < log.size());
    }

    @Override
    public List<ProviderHolding> holdings(AccessToken token) {
        check(token);
        return List.of();
    }

    @Override
    public void disconnect(AccessToken token) {
        check(token);
    }

    private void check(AccessToken given) {
        if (!given.value().equals(token)) {
            throw failure(ProviderFailure.ACCESS_REVOKED);
        }
        if (failEverything != null) {
            throw failure(failEverything);
        }
    }

    private static ProviderException failure(ProviderFailure failure) {
        return new ProviderException(
                ProviderKind.PLAID,
                failure,
                failure == ProviderFailure.RATE_LIMITED ? 429 : 400,
                "SCRIPTED",
                failure.name(),
                "scripted " + failure,
                "The bank said: " + failure.name().toLowerCase(java.util.Locale.ROOT),
                "req-1",
                null);
    }

    private record Modified(ProviderTransaction row) {}
}
