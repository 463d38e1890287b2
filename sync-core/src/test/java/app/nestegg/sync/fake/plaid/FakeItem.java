package app.nestegg.sync.fake.plaid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One linked login at the fake: its accounts, its transaction rows with the change log that {@code /transactions/sync}
 * cursors index into, its holdings, and its state (error, revoked, not ready). Tests change it between syncs with
 * {@link #addTransaction}, {@link #modifyTransaction}, {@link #removeTransaction} and {@link #postPending}; every change
 * is one log entry, and a sync from a cursor reports the net effect of the entries after it.
 */
public final class FakeItem {

    /** One entry of the change log. {@code row} is null for a removal; {@code added} when the row was new. */
    record Change(String transactionId, String accountId, FakeTransaction row, boolean added) {}

    /** A row's net change between two log positions, in the order of its last change. */
    record NetChange(Kind kind, String transactionId, String accountId, FakeTransaction row, int lastPosition) {
        enum Kind {
            ADDED,
            MODIFIED,
            REMOVED
        }
    }

    private final FakePlaidServer server;
    private final String itemId;
    private final String accessToken;
    private final String institutionId;
    private final String institutionName;
    private final List<String> products;
    private final Instant createdAt;
    private final Map<String, FakeAccount> accounts = new LinkedHashMap<>();
    private final Map<String, FakeTransaction> rows = new LinkedHashMap<>();
    private final List<Change> log = new ArrayList<>();
    private final Map<String, FakeSecurity> securities = new LinkedHashMap<>();
    private final List<FakeHolding> holdings = new ArrayList<>();

    private FakeFailure.PlaidError error;
    private boolean removed;
    private boolean notReady;
    private int mutationOnPage;
    private int generated;
    private int lastPageCount = -1;
    private List<NetChange> cachedUpdate;
    private int cachedFrom = -1;
    private int cachedTo = -1;

    FakeItem(
            FakePlaidServer server,
            String itemId,
            String accessToken,
            String institutionId,
            String institutionName,
            List<String> products,
            Instant createdAt) {
        this.server = server;
        this.itemId = itemId;
        this.accessToken = accessToken;
        this.institutionId = institutionId;
        this.institutionName = institutionName;
        this.products = List.copyOf(products);
        this.createdAt = createdAt;
    }

    public String itemId() {
        return itemId;
    }

    /** The Item's access token, {@code access-<environment>-…}. */
    public String accessToken() {
        return accessToken;
    }

    public String institutionId() {
        return institutionId;
    }

    public String institutionName() {
        return institutionName;
    }

    List<String> products() {
        return products;
    }

    Instant createdAt() {
        return createdAt;
    }

    // ---------------------------------------------------------------- accounts

    public FakeAccount addAccount(
            String name,
            String type,
            String subtype,
            String mask,
            BigDecimal current,
            BigDecimal available,
            BigDecimal limit) {
        synchronized (server.lock) {
            FakeAccount account = new FakeAccount(
                    server.ids.opaque(), name, null, mask, type, subtype, current, available, limit, "USD");
            accounts.put(account.accountId(), account);
            return account;
        }
    }

    public List<FakeAccount> accounts() {
        synchronized (server.lock) {
            return List.copyOf(accounts.values());
        }
    }

    /** The first account of that Plaid type and subtype. */
    public FakeAccount account(String type, String subtype) {
        synchronized (server.lock) {
            return accounts.values().stream()
                    .filter(a -> a.type().equals(type) && Objects.equals(a.subtype(), subtype))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no " + type + "/" + subtype + " account"));
        }
    }

    public void setBalances(String accountId, BigDecimal current, BigDecimal available, BigDecimal limit) {
        synchronized (server.lock) {
            FakeAccount account = requireAccount(accountId);
            accounts.put(accountId, account.withBalances(current, available, limit));
        }
    }

    FakeAccount requireAccount(String accountId) {
        FakeAccount account = accounts.get(accountId);
        if (account == null) {
            throw new IllegalArgumentException("no account " + accountId + " in Item " + itemId);
        }
        return account;
    }

    // ---------------------------------------------------------------- transactions

    /** Adds a posted row (Plaid sign: positive is money out) and logs it. */
    public FakeTransaction addTransaction(String accountId, LocalDate date, BigDecimal amount, String name) {
        return addRow(accountId, date, amount, name, false);
    }

    /** Adds a pending row and logs it. */
    public FakeTransaction addPending(String accountId, LocalDate date, BigDecimal amount, String name) {
        return addRow(accountId, date, amount, name, true);
    }

    private FakeTransaction addRow(String accountId, LocalDate date, BigDecimal amount, String name, boolean pending) {
        synchronized (server.lock) {
            FakeAccount account = requireAccount(accountId);
            if (account.investment()) {
                throw new IllegalArgumentException("/transactions/sync leaves investment accounts out");
            }
            FakeTransaction row = new FakeTransaction(
                    server.ids.opaque(),
                    accountId,
                    amount,
                    account.isoCurrencyCode(),
                    date,
                    date,
                    name,
                    null,
                    pending,
                    null,
                    "other",
                    null,
                    null);
            return put(row);
        }
    }

    /** Adds {@code row} as given (its id must be new) and logs it. */
    public FakeTransaction addTransaction(FakeTransaction row) {
        synchronized (server.lock) {
            requireAccount(row.accountId());
            if (rows.containsKey(row.transactionId())) {
                throw new IllegalArgumentException("row " + row.transactionId() + " exists");
            }
            return put(row);
        }
    }

    /** Replaces a row with {@code change} of it and logs the modification. */
    public FakeTransaction modifyTransaction(String transactionId, UnaryOperator<FakeTransaction> change) {
        synchronized (server.lock) {
            FakeTransaction row = requireRow(transactionId);
            FakeTransaction updated = change.apply(row);
            if (!updated.transactionId().equals(transactionId)) {
                throw new IllegalArgumentException("a modification keeps the id");
            }
            return put(updated);
        }
    }

    /** Removes a row (a lapsed hold, a reversed charge) and logs the removal. */
    public void removeTransaction(String transactionId) {
        synchronized (server.lock) {
            FakeTransaction row = requireRow(transactionId);
            rows.remove(transactionId);
            log.add(new Change(transactionId, row.accountId(), null, false));
        }
    }

    /**
     * Posts a pending row as Plaid does: the pending id is removed and a new posted row is added whose {@code
     * pending_transaction_id} names it.
     */
    public FakeTransaction postPending(String pendingId, BigDecimal postedAmount, LocalDate postedDate) {
        synchronized (server.lock) {
            FakeTransaction pending = requireRow(pendingId);
            if (!pending.pending()) {
                throw new IllegalArgumentException(pendingId + " is not pending");
            }
            removeTransaction(pendingId);
            return put(pending.posted(server.ids.opaque(), postedAmount, postedDate));
        }
    }

    /**
     * Adds {@code count} posted rows to {@code accountId}, the same in every run: dates going back one day per 40 rows
     * from {@code newest}, amounts and payees from fixed lists, one in ten money in. The benchmark uses 100,000 (200
     * pages of 500).
     */
    public List<FakeTransaction> generateTransactions(String accountId, int count, LocalDate newest) {
        String[] payees = {
            "Greenleaf Market",
            "Streamflix",
            "City Transit",
            "Corner Bakery",
            "Fuel Stop",
            "Pharmacy Plus",
            "Book Nook",
            "Hardware Hub",
            "Coffee Cart",
            "Noodle House"
        };
        String[][] categories = {
            {"FOOD_AND_DRINK", "FOOD_AND_DRINK_GROCERIES"},
            {"ENTERTAINMENT", "ENTERTAINMENT_TV_AND_MOVIES"},
            {"TRANSPORTATION", "TRANSPORTATION_PUBLIC_TRANSIT"},
            {"FOOD_AND_DRINK", "FOOD_AND_DRINK_RESTAURANT"},
            {"TRANSPORTATION", "TRANSPORTATION_GAS"},
            {"MEDICAL", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS"},
            {"GENERAL_MERCHANDISE", "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS"},
            {"HOME_IMPROVEMENT", "HOME_IMPROVEMENT_HARDWARE"},
            {"FOOD_AND_DRINK", "FOOD_AND_DRINK_COFFEE"},
            {"FOOD_AND_DRINK", "FOOD_AND_DRINK_RESTAURANT"}
        };
        synchronized (server.lock) {
            FakeAccount account = requireAccount(accountId);
            List<FakeTransaction> made = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = generated++;
                boolean income = n % 10 == 9;
                BigDecimal amount = income
                        ? BigDecimal.valueOf(-(150_000 + (n * 7919L) % 250_000), 2)
                        : BigDecimal.valueOf(100 + (n * 104_729L) % 19_900, 2);
                String payee = income ? "Payroll Acme Corp" : payees[n % payees.length];
                String[] category =
                        income ? new String[] {"INCOME", "INCOME_WAGES"} : categories[n % categories.length];
                LocalDate date = newest.minusDays(n / 40);
                FakeTransaction row = new FakeTransaction(
                        server.ids.opaque(),
                        accountId,
                        amount,
                        account.isoCurrencyCode(),
                        date,
                        date,
                        income ? "ACH DEPOSIT ACME CORP PAYROLL" : payee.toUpperCase(java.util.Locale.ROOT) + " #" + n,
                        payee,
                        false,
                        null,
                        income ? "other" : n % 3 == 0 ? "online" : "in store",
                        category[0],
                        category[1]);
                made.add(put(row));
            }
            return made;
        }
    }

    public List<FakeTransaction> transactions() {
        synchronized (server.lock) {
            return List.copyOf(rows.values());
        }
    }

    public FakeTransaction transaction(String transactionId) {
        synchronized (server.lock) {
            return requireRow(transactionId);
        }
    }

    private FakeTransaction put(FakeTransaction row) {
        boolean added = rows.put(row.transactionId(), row) == null;
        log.add(new Change(row.transactionId(), row.accountId(), row, added));
        return row;
    }

    private FakeTransaction requireRow(String transactionId) {
        FakeTransaction row = rows.get(transactionId);
        if (row == null) {
            throw new IllegalArgumentException("no row " + transactionId + " in Item " + itemId);
        }
        return row;
    }

    // ---------------------------------------------------------------- holdings

    public FakeSecurity addSecurity(
            String name,
            String ticker,
            String type,
            boolean cashEquivalent,
            BigDecimal closePrice,
            LocalDate closePriceAsOf) {
        synchronized (server.lock) {
            FakeSecurity security = new FakeSecurity(
                    server.ids.opaque(), name, ticker, type, cashEquivalent, closePrice, closePriceAsOf, "USD");
            securities.put(security.securityId(), security);
            return security;
        }
    }

    /** Adds the position, or replaces the account's position in the same security (the bank bought or sold). */
    public FakeHolding addHolding(FakeHolding holding) {
        synchronized (server.lock) {
            if (!requireAccount(holding.accountId()).investment()) {
                throw new IllegalArgumentException("holdings belong to investment accounts");
            }
            if (!securities.containsKey(holding.securityId())) {
                throw new IllegalArgumentException("unknown security " + holding.securityId());
            }
            int at = indexOfHolding(holding.accountId(), holding.securityId());
            if (at < 0) {
                holdings.add(holding);
            } else {
                holdings.set(at, holding);
            }
            return holding;
        }
    }

    /** The account no longer holds the security (sold out or moved away). */
    public void removeHolding(String accountId, String securityId) {
        synchronized (server.lock) {
            int at = indexOfHolding(accountId, securityId);
            if (at < 0) {
                throw new IllegalArgumentException("account " + accountId + " holds no " + securityId);
            }
            holdings.remove(at);
        }
    }

    /** The account's position in the security. */
    public FakeHolding holding(String accountId, String securityId) {
        synchronized (server.lock) {
            int at = indexOfHolding(accountId, securityId);
            if (at < 0) {
                throw new IllegalArgumentException("account " + accountId + " holds no " + securityId);
            }
            return holdings.get(at);
        }
    }

    private int indexOfHolding(String accountId, String securityId) {
        for (int i = 0; i < holdings.size(); i++) {
            FakeHolding held = holdings.get(i);
            if (held.accountId().equals(accountId) && held.securityId().equals(securityId)) {
                return i;
            }
        }
        return -1;
    }

    List<FakeHolding> holdings() {
        return List.copyOf(holdings);
    }

    Collection<FakeSecurity> securities() {
        return securities.values();
    }

    /** The security with this ticker; null finds the first one without a ticker. */
    public FakeSecurity securityWithTicker(String ticker) {
        synchronized (server.lock) {
            return securities.values().stream()
                    .filter(security -> Objects.equals(security.tickerSymbol(), ticker))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no security with ticker " + ticker));
        }
    }

    // ---------------------------------------------------------------- state

    /** The Item needs the user again: data calls answer ITEM_LOGIN_REQUIRED and {@code /item/get} shows the error. */
    public void breakLogin() {
        synchronized (server.lock) {
            error = (FakeFailure.PlaidError) FakeFailure.itemLoginRequired();
        }
    }

    /** Link's update mode succeeded: the error is gone and the access token works again. */
    public void repairLogin() {
        synchronized (server.lock) {
            error = null;
        }
    }

    /** While set, {@code /transactions/sync} answers NOT_READY with empty arrays and an empty cursor. */
    public void notReady(boolean value) {
        synchronized (server.lock) {
            notReady = value;
        }
    }

    /**
     * The {@code page}-th request (2 or more) of the next paginated update answers TRANSACTIONS_SYNC_MUTATION_DURING_
     * PAGINATION, once; restarting from the update's first cursor then succeeds.
     */
    public void mutationDuringPaginationOnPage(int page) {
        if (page < 2) {
            throw new IllegalArgumentException("a mutation during pagination happens on page 2 or later");
        }
        synchronized (server.lock) {
            mutationOnPage = page;
        }
    }

    public boolean removed() {
        synchronized (server.lock) {
            return removed;
        }
    }

    /** How many entries {@code /transactions/sync} answered in its last page, or -1 before any. */
    public int lastPageCount() {
        synchronized (server.lock) {
            return lastPageCount;
        }
    }

    FakeFailure.PlaidError error() {
        return error;
    }

    void markRemoved() {
        removed = true;
    }

    boolean notReady() {
        return notReady;
    }

    boolean takeMutationOnPage(int page) {
        if (mutationOnPage != 0 && mutationOnPage == page) {
            mutationOnPage = 0;
            return true;
        }
        return false;
    }

    void recordPage(int entries) {
        lastPageCount = entries;
    }

    int logSize() {
        return log.size();
    }

    /**
     * The net changes between log positions {@code from} and {@code to}, each row once, ordered by its last change: a
     * row that existed at {@code from} and still exists is modified, one that no longer exists is removed, a new one is
     * added; one added and removed in between is not reported.
     */
    List<NetChange> netChanges(int from, int to) {
        if (from == cachedFrom && to == cachedTo) {
            return cachedUpdate;
        }
        Map<String, NetChange> nets = new LinkedHashMap<>();
        Map<String, Boolean> existedBefore = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Change change = log.get(i);
            // A row whose first change in the range is not its addition existed at 'from'.
            existedBefore.putIfAbsent(change.transactionId(), !change.added());
            nets.put(
                    change.transactionId(),
                    new NetChange(null, change.transactionId(), change.accountId(), change.row(), i));
        }
        List<NetChange> result = new ArrayList<>();
        for (NetChange net : nets.values()) {
            boolean before = existedBefore.get(net.transactionId());
            boolean now = net.row() != null;
            NetChange.Kind kind = before && now
                    ? NetChange.Kind.MODIFIED
                    : before ? NetChange.Kind.REMOVED : now ? NetChange.Kind.ADDED : null;
            if (kind != null) {
                result.add(new NetChange(kind, net.transactionId(), net.accountId(), net.row(), net.lastPosition()));
            }
        }
        result.sort(Comparator.comparingInt(NetChange::lastPosition));
        cachedFrom = from;
        cachedTo = to;
        cachedUpdate = List.copyOf(result);
        return cachedUpdate;
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}
