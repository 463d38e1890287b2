package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.ACCOUNT_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static app.nestegg.vault.store.generated.Tables.SPLIT;
import static app.nestegg.vault.store.generated.Tables.UNCATEGORISED_MONTH_TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jooq.impl.DSL;

/**
 * Random sequences of adds, edits and deletes (plain, split, transfers within and across currencies) must keep every
 * account's balance equal to its opening balance plus the sum of its transactions, the account and category month
 * totals equal to a fresh recount, and every transfer pair pointing at each other with amounts of opposite sign.
 */
class LedgerConsistencyProperties {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final AtomicInteger RUN = new AtomicInteger();
    private static Path folder;
    private static LedgerFixture fx;
    private static List<UUID> categories;

    @BeforeContainer
    static void openVault() throws IOException {
        folder = Files.createTempDirectory("ledger-properties");
        fx = new LedgerFixture(folder);
        fx.ledger.rates().set(LedgerFixture.EUR, LedgerFixture.USD, START, new BigDecimal("1.1"));
        categories = fx.ledger.categories().list().stream()
                .flatMap(g -> g.categories().stream())
                .map(Category::id)
                .limit(3)
                .toList();
    }

    @AfterContainer
    static void closeVault() throws IOException {
        fx.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 40)
    void balancesTotalsAndTransferPairsStayConsistent(@ForAll("operations") List<Op> operations) {
        int run = RUN.incrementAndGet();
        List<Account> accounts = List.of(
                fx.account("USD A " + run, LedgerFixture.USD, "100.00"),
                fx.account("USD B " + run, LedgerFixture.USD, "-20.00"),
                fx.account("EUR C " + run, LedgerFixture.EUR, "5.00"));
        List<UUID> live = new ArrayList<>();
        for (Op op : operations) {
            apply(op, accounts, live);
            assertConsistent(accounts);
        }
    }

    private static void apply(Op op, List<Account> accounts, List<UUID> live) {
        Transactions transactions = fx.ledger.transactions();
        Account account = accounts.get(op.account());
        LocalDate date = START.plusDays(op.day());
        BigDecimal amount = BigDecimal.valueOf(op.cents(), 2);
        UUID target = op.transferTo() < 0 || op.transferTo() == op.account()
                ? null
                : accounts.get(op.transferTo()).id();
        TransactionDraft draft = TransactionDraft.of(account.id(), date, amount, "Payee " + op.cents());
        int pick = (int) Math.floorMod(op.cents(), 4L);
        UUID category = pick == 0 ? null : categories.get(pick - 1);
        if (target != null) {
            draft = draft.withTransferTo(target, null);
        } else if (op.split()) {
            draft = draft.withSplits(List.of(
                    new SplitDraft(category, BigDecimal.valueOf(op.cents() / 2, 2), null),
                    new SplitDraft(categories.get(0), BigDecimal.valueOf(op.cents() - op.cents() / 2, 2), null)));
        } else {
            draft = draft.withCategory(category);
        }
        switch (op.kind()) {
            case ADD -> live.add(transactions.add(draft).id());
            case EDIT -> {
                if (live.isEmpty()) {
                    return;
                }
                UUID id = live.get(Math.floorMod(op.cents(), live.size()));
                Transaction existing = transactions.get(id);
                TransactionDraft edited = existing.toDraft()
                        .withAccount(account.id())
                        .withDate(date)
                        .withAmount(amount)
                        .withCategory(draft.categoryId())
                        .withSplits(draft.splits())
                        .withTransferTo(draft.transferAccountId(), null);
                if (target == null || !target.equals(account.id())) {
                    transactions.edit(id, edited);
                }
            }
            case DELETE -> {
                if (live.isEmpty()) {
                    return;
                }
                UUID id = live.remove(Math.floorMod(op.cents(), live.size()));
                Transaction existing = transactions.get(id);
                transactions.delete(id);
                if (existing.transferPeerId() != null) {
                    live.remove(existing.transferPeerId());
                }
            }
        }
        live.removeIf(id -> !exists(id));
    }

    private static boolean exists(UUID id) {
        return fx.session.database().read(dsl -> dsl.fetchExists(LEDGER_TRANSACTION, LEDGER_TRANSACTION.ID.eq(id)));
    }

    private static void assertConsistent(List<Account> accounts) {
        LocalDate farFuture = LocalDate.of(2199, 1, 1);
        for (Account account : accounts) {
            long sum = fx.session.database().read(dsl -> {
                BigDecimal total = dsl.select(DSL.sum(LEDGER_TRANSACTION.AMOUNT))
                        .from(LEDGER_TRANSACTION)
                        .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(account.id()))
                        .fetchOne(0, BigDecimal.class);
                return total == null ? 0L : total.longValueExact();
            });
            assertThat(fx.ledger.balances().balance(account.id(), farFuture).minor())
                    .as("balance of %s", account.name())
                    .isEqualTo(account.openingBalance().minor() + sum);
        }
        fx.session.database().read(dsl -> {
            Map<String, Long> stored = dsl
                    .selectFrom(ACCOUNT_MONTH_TOTAL)
                    .where(ACCOUNT_MONTH_TOTAL.ENTRIES.ne(0).or(ACCOUNT_MONTH_TOTAL.TOTAL.ne(0L)))
                    .fetch()
                    .stream()
                    .collect(Collectors.toMap(r -> r.getAccountId() + "/" + r.getMonthStart(), r -> r.getTotal()));
            Map<String, Long> recount = new java.util.HashMap<>();
            dsl.selectFrom(LEDGER_TRANSACTION)
                    .forEach(t -> recount.merge(
                            t.getAccountId() + "/" + MonthTotals.monthOf(t.getPostedOn()), t.getAmount(), Long::sum));
            recount.values().removeIf(v -> v == 0);
            stored.values().removeIf(v -> v == 0);
            assertThat(stored).isEqualTo(recount);
            assertThat(storedCategoryTotals(dsl)).isEqualTo(recountedCategoryTotals(dsl));
            assertThat(storedUncategorised(dsl)).isEqualTo(recountedUncategorised(dsl));
            dsl.selectFrom(LEDGER_TRANSACTION)
                    .where(LEDGER_TRANSACTION.TRANSFER_PEER_ID.isNotNull())
                    .forEach(t -> {
                        var peer = dsl.selectFrom(LEDGER_TRANSACTION)
                                .where(LEDGER_TRANSACTION.ID.eq(t.getTransferPeerId()))
                                .fetchOne();
                        assertThat(peer).as("other side of %s", t.getId()).isNotNull();
                        assertThat(peer.getTransferPeerId()).isEqualTo(t.getId());
                        assertThat(peer.getAccountId()).isNotEqualTo(t.getAccountId());
                        assertThat(peer.getPostedOn()).isEqualTo(t.getPostedOn());
                        assertThat(Long.signum(peer.getAmount())).isEqualTo(-Long.signum(t.getAmount()));
                    });
            return null;
        });
    }

    private static Map<String, List<Long>> storedCategoryTotals(org.jooq.DSLContext dsl) {
        return dsl.selectFrom(CATEGORY_MONTH_TOTAL).fetch().stream()
                .collect(Collectors.toMap(
                        r -> r.getCategoryId() + "/" + r.getMonthStart() + "/" + r.getCurrency(),
                        r -> List.of(r.getTotal(), (long) r.getEntries())));
    }

    private static Map<String, List<Long>> storedUncategorised(org.jooq.DSLContext dsl) {
        return dsl.selectFrom(UNCATEGORISED_MONTH_TOTAL).fetch().stream()
                .collect(Collectors.toMap(
                        r -> r.getMonthStart() + "/" + r.getCurrency(),
                        r -> List.of(r.getInflow(), r.getOutflow(), (long) r.getEntries())));
    }

    /** Money in and out without a category per month and currency, counted in Java; transfers count nowhere. */
    private static Map<String, List<Long>> recountedUncategorised(org.jooq.DSLContext dsl) {
        Map<UUID, String> currencies =
                dsl.select(ACCOUNT.ID, ACCOUNT.CURRENCY).from(ACCOUNT).fetchMap(ACCOUNT.ID, ACCOUNT.CURRENCY);
        Map<UUID, List<Long>> splitParts = new java.util.HashMap<>();
        dsl.selectFrom(SPLIT).forEach(s -> {
            if (s.getCategoryId() == null) {
                splitParts
                        .computeIfAbsent(s.getTransactionId(), k -> new ArrayList<>())
                        .add(s.getAmount());
            } else {
                splitParts.computeIfAbsent(s.getTransactionId(), k -> new ArrayList<>());
            }
        });
        Map<String, long[]> sums = new java.util.HashMap<>();
        dsl.selectFrom(LEDGER_TRANSACTION).forEach(t -> {
            String key = MonthTotals.monthOf(t.getPostedOn()) + "/" + currencies.get(t.getAccountId());
            List<Long> amounts = splitParts.containsKey(t.getId())
                    ? splitParts.get(t.getId())
                    : t.getCategoryId() == null && t.getTransferPeerId() == null ? List.of(t.getAmount()) : List.of();
            for (long amount : amounts) {
                long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
                sum[amount > 0 ? 0 : 1] += amount;
                sum[2]++;
            }
        });
        return sums.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> List.of(e.getValue()[0], e.getValue()[1], e.getValue()[2])));
    }

    /** What each category holds per month and currency, counted row by row in Java from transactions and splits. */
    private static Map<String, List<Long>> recountedCategoryTotals(org.jooq.DSLContext dsl) {
        Map<UUID, String> currencies =
                dsl.select(ACCOUNT.ID, ACCOUNT.CURRENCY).from(ACCOUNT).fetchMap(ACCOUNT.ID, ACCOUNT.CURRENCY);
        Map<UUID, List<org.jooq.Record>> splits = new java.util.HashMap<>();
        dsl.selectFrom(SPLIT)
                .forEach(s -> splits.computeIfAbsent(s.getTransactionId(), k -> new ArrayList<>())
                        .add(s));
        Map<String, long[]> sums = new java.util.HashMap<>();
        dsl.selectFrom(LEDGER_TRANSACTION).forEach(t -> {
            String suffix = "/" + MonthTotals.monthOf(t.getPostedOn()) + "/" + currencies.get(t.getAccountId());
            List<org.jooq.Record> parts = splits.get(t.getId());
            if (parts == null) {
                if (t.getCategoryId() != null) {
                    long[] sum = sums.computeIfAbsent(t.getCategoryId() + suffix, k -> new long[2]);
                    sum[0] += t.getAmount();
                    sum[1]++;
                }
                return;
            }
            for (org.jooq.Record part : parts) {
                UUID category = part.get(SPLIT.CATEGORY_ID);
                if (category != null) {
                    long[] sum = sums.computeIfAbsent(category + suffix, k -> new long[2]);
                    sum[0] += part.get(SPLIT.AMOUNT);
                    sum[1]++;
                }
            }
        });
        return sums.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()[0], e.getValue()[1])));
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = net.jqwik.api.Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 500),
                        Arbitraries.longs().between(-50_000, 50_000).filter(c -> c != 0),
                        Arbitraries.integers().between(-2, 2),
                        Arbitraries.of(true, false))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(12);
    }

    enum Kind {
        ADD,
        EDIT,
        DELETE
    }

    record Op(Kind kind, int account, int day, long cents, int transferTo, boolean split) {}
}
