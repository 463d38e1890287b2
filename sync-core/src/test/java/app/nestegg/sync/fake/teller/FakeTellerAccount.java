package app.nestegg.sync.fake.teller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One account of a fake enrollment and its transactions, which a test may change between syncs. Thread-safe: the
 * server reads it on its own threads.
 */
public final class FakeTellerAccount {
    private final String id;
    private final String name;
    private final String type;
    private final String subtype;
    private final String lastFour;
    private final boolean balancesSupported;
    private final List<Entry> transactions = new ArrayList<>();
    private String ledger;
    private String available;
    private boolean closed;
    private long sequence;

    private record Entry(FakeTellerTransaction transaction, long sequence) {}

    private FakeTellerAccount(
            String id, String name, String type, String subtype, String lastFour, boolean balancesSupported) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name;
        this.type = type;
        this.subtype = subtype;
        this.lastFour = lastFour;
        this.balancesSupported = balancesSupported;
    }

    public static FakeTellerAccount checking(String id, String name, String lastFour) {
        return new FakeTellerAccount(id, name, "depository", "checking", lastFour, true);
    }

    public static FakeTellerAccount creditCard(String id, String name, String lastFour) {
        return new FakeTellerAccount(id, name, "credit", "credit_card", lastFour, true);
    }

    /** An account whose bank offers no balances: its {@code links} omit them. */
    public static FakeTellerAccount withoutBalances(String id, String name, String lastFour) {
        return new FakeTellerAccount(id, name, "depository", "savings", lastFour, false);
    }

    public String id() {
        return id;
    }

    String name() {
        return name;
    }

    String type() {
        return type;
    }

    String subtype() {
        return subtype;
    }

    String lastFour() {
        return lastFour;
    }

    boolean balancesSupported() {
        return balancesSupported;
    }

    public synchronized FakeTellerAccount balances(String newLedger, String newAvailable) {
        this.ledger = newLedger;
        this.available = newAvailable;
        return this;
    }

    synchronized String ledger() {
        return ledger;
    }

    synchronized String available() {
        return available;
    }

    public synchronized FakeTellerAccount close() {
        closed = true;
        return this;
    }

    synchronized boolean closed() {
        return closed;
    }

    public synchronized FakeTellerAccount add(FakeTellerTransaction transaction) {
        if (find(transaction.id()) >= 0) {
            throw new IllegalArgumentException("duplicate id " + transaction.id());
        }
        transactions.add(new Entry(transaction, sequence++));
        return this;
    }

    public synchronized void remove(String transactionId) {
        transactions.remove(index(transactionId));
    }

    /** Changes a row in place, keeping its id and its place in the order. */
    public synchronized void modify(FakeTellerTransaction changed) {
        int at = index(changed.id());
        transactions.set(at, new Entry(changed, transactions.get(at).sequence()));
    }

    /** Posts a pending row the way banks often do: the pending id disappears and a posted row with a new id appears. */
    public synchronized void post(String pendingId, String postedId, LocalDate postingDate) {
        FakeTellerTransaction pending = transactions.get(index(pendingId)).transaction();
        remove(pendingId);
        add(pending.postedAs(postedId, postingDate));
    }

    /**
     * Adds {@code count} posted rows, deterministic for the same arguments, one a day going back from {@code newest},
     * with ids {@code <prefix>_<n>}. Signs follow the account type: on a checking account every fifth row is income
     * (positive) and the rest spending (negative); on a credit card every fifth is a payment (negative) and the rest
     * purchases (positive).
     */
    public synchronized FakeTellerAccount generate(int count, LocalDate newest, String prefix) {
        for (int n = 0; n < count; n++) {
            long cents = 100 + (n * 7919L) % 90_000;
            BigDecimal magnitude = BigDecimal.valueOf(cents, 2);
            boolean inflow = n % 5 == 0;
            boolean credit = type.equals("credit");
            BigDecimal amount = inflow != credit ? magnitude : magnitude.negate();
            add(FakeTellerTransaction.posted(
                    prefix + "_" + n, newest.minusDays(count - 1 - n), amount.toPlainString(), "ROW " + n));
        }
        return this;
    }

    /** Every row, newest first: by date, then the later-added first. */
    synchronized List<FakeTellerTransaction> newestFirst() {
        return transactions.stream()
                .sorted(Comparator.comparing((Entry e) -> e.transaction().date())
                        .thenComparingLong(Entry::sequence)
                        .reversed())
                .map(Entry::transaction)
                .toList();
    }

    private int find(String transactionId) {
        for (int i = 0; i < transactions.size(); i++) {
            if (transactions.get(i).transaction().id().equals(transactionId)) {
                return i;
            }
        }
        return -1;
    }

    private int index(String transactionId) {
        int at = find(transactionId);
        if (at < 0) {
            throw new IllegalArgumentException("no transaction " + transactionId + " in " + id);
        }
        return at;
    }
}
