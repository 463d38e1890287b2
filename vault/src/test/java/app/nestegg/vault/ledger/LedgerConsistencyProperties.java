package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT_MONTH_TOTAL;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
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
 * account's balance equal to its opening balance plus the sum of its transactions, the month totals equal to a fresh
 * recount, and every transfer pair pointing at each other with amounts of opposite sign.
 */
class LedgerConsistencyProperties {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final AtomicInteger RUN = new AtomicInteger();
    private static Path folder;
    private static LedgerFixture fx;

    @BeforeContainer
    static void openVault() throws IOException {
        folder = Files.createTempDirectory("ledger-properties");
        fx = new LedgerFixture(folder);
        fx.ledger.rates().set(LedgerFixture.EUR, LedgerFixture.USD, START, new BigDecimal("1.1"));
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
        if (target != null) {
            draft = draft.withTransferTo(target, null);
        } else if (op.split()) {
            draft = draft.withSplits(List.of(
                    new SplitDraft(null, BigDecimal.valueOf(op.cents() / 2, 2), null),
                    new SplitDraft(null, BigDecimal.valueOf(op.cents() - op.cents() / 2, 2), null)));
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
