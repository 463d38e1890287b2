package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.VaultException;
import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Three members, each with a real vault, make random edits through the ledger's services and merge each other's own
 * changes in random orders, in parts and with repeats. Once every member has merged every other's changes, all three
 * hold identical data (equal digests) and every ledger invariant holds on each. The vaults live across tries, so each
 * try starts from the household the earlier ones left.
 */
class HouseholdSimulationProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static Path folder;
    private static List<HouseholdVault> members;

    enum Kind {
        ADD_ACCOUNT,
        ADD_TRANSACTION,
        EDIT_TRANSACTION,
        DELETE_TRANSACTION,
        ADD_CATEGORY,
        DELETE_CATEGORY,
        SET_BUDGET,
        SET_RATE,
        EXCHANGE
    }

    record Op(int member, Kind kind, int a, int b, int c) {}

    @BeforeContainer
    static void openVaults() throws IOException {
        folder = Files.createTempDirectory("household-simulation");
        members = List.of(
                new HouseholdVault(folder.resolve("a")),
                new HouseholdVault(folder.resolve("b")),
                new HouseholdVault(folder.resolve("c")));
        for (HouseholdVault one : members) {
            for (HouseholdVault other : members) {
                if (one != other) {
                    one.knows(other);
                }
            }
        }
        members.getFirst().ledger.rates().set(USD, EUR, START.minusDays(1), new BigDecimal("0.9"));
        syncEveryone();
    }

    @AfterContainer
    static void closeVaults() throws IOException {
        members.forEach(HouseholdVault::close);
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 30)
    void membersWhoMergedEverythingHoldTheSameValidLedger(@ForAll("operations") List<Op> operations) {
        for (Op op : operations) {
            try {
                apply(op);
            } catch (VaultException refusedByTheLedger) {
                // an edit the ledger itself refuses (a transfer to its own account, say) is simply not made
            }
        }
        syncEveryone();

        String digest = members.getFirst().digest();
        for (HouseholdVault member : members) {
            assertThat(member.digest()).as("digest of a member").isEqualTo(digest);
            member.assertLedgerInvariants();
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 1_000),
                        Arbitraries.integers().between(-50_000, 50_000),
                        Arbitraries.integers().between(0, 1_000))
                .as(Op::new);
        return op.list().ofMinSize(5).ofMaxSize(40);
    }

    private static void syncEveryone() {
        for (HouseholdVault one : members) {
            for (HouseholdVault other : members) {
                if (one != other) {
                    one.mergeFrom(other);
                }
            }
        }
    }

    private static void apply(Op op) {
        HouseholdVault vault = members.get(op.member());
        var ledger = vault.ledger;
        List<Account> accounts = ledger.accounts().list();
        switch (op.kind()) {
            case ADD_ACCOUNT ->
                ledger.accounts()
                        .add(AccountDraft.of(
                                        "Account " + NAMES.incrementAndGet(),
                                        AccountType.CHECKING,
                                        op.a() % 4 == 0 ? EUR : USD,
                                        BigDecimal.valueOf(op.b(), 2))
                                .withOpeningDate(START.minusYears(1)));
            case ADD_TRANSACTION -> {
                if (!accounts.isEmpty()) {
                    ledger.transactions().add(draft(vault, accounts, op));
                }
            }
            case EDIT_TRANSACTION -> {
                UUID id = pickTransaction(vault, op.a());
                if (id != null) {
                    Transaction existing = ledger.transactions().get(id);
                    TransactionDraft wanted = draft(vault, accounts, op);
                    ledger.transactions()
                            .edit(
                                    id,
                                    existing.toDraft()
                                            .withAmount(wanted.amount())
                                            .withCategory(wanted.categoryId())
                                            .withSplits(wanted.splits())
                                            .withMemo("edit " + op.c()));
                }
            }
            case DELETE_TRANSACTION -> {
                UUID id = pickTransaction(vault, op.a());
                if (id != null) {
                    ledger.transactions().delete(id);
                }
            }
            case ADD_CATEGORY -> {
                CategoryGroup group = ledger.categories().list().getFirst();
                ledger.categories().add(group.id(), "Sim " + NAMES.incrementAndGet());
            }
            case DELETE_CATEGORY -> {
                List<Category> own = categories(vault).stream()
                        .filter(c -> c.name().startsWith("Sim "))
                        .toList();
                if (!own.isEmpty()) {
                    ledger.categories().delete(own.get(op.a() % own.size()).id(), null);
                }
            }
            case SET_BUDGET -> {
                List<Category> all = categories(vault);
                ledger.budgets()
                        .set(
                                all.get(op.a() % all.size()).id(),
                                YearMonth.from(START).plusMonths(op.c() % 3),
                                new Money(Math.abs(op.b()), ledger.rates().baseCurrency()));
            }
            case SET_RATE ->
                ledger.rates()
                        .set(
                                USD,
                                EUR,
                                START.plusDays(op.a() % 5),
                                new BigDecimal("0.8").add(BigDecimal.valueOf(op.c(), 4)));
            case EXCHANGE -> {
                HouseholdVault other = members.get((op.member() + 1 + op.a() % 2) % 3);
                List<BundleEntry> entries = other.ownEntries();
                int from = entries.isEmpty() ? 0 : op.c() % entries.size();
                vault.merge.merge(UUID.randomUUID(), other.memberId(), entries.subList(from, entries.size()));
            }
        }
    }

    private static TransactionDraft draft(HouseholdVault vault, List<Account> accounts, Op op) {
        Account account = accounts.get(op.a() % accounts.size());
        long cents = op.b() == 0 ? 1 : op.b();
        TransactionDraft draft = TransactionDraft.of(
                account.id(), START.plusDays(op.c() % 90), BigDecimal.valueOf(cents, 2), "Payee " + op.c() % 7);
        List<Category> all = categories(vault);
        UUID category = all.get(op.c() % all.size()).id();
        return switch (op.c() % 4) {
            case 0 -> draft.withCategory(category);
            case 1 ->
                draft.withSplits(List.of(
                        new SplitDraft(category, BigDecimal.valueOf(cents / 2, 2), null),
                        new SplitDraft(null, BigDecimal.valueOf(cents - cents / 2, 2), "rest")));
            case 2 -> {
                Account other = accounts.get((op.a() + 1) % accounts.size());
                yield other.id().equals(account.id()) ? draft : draft.withTransferTo(other.id(), null);
            }
            default -> draft;
        };
    }

    private static List<Category> categories(HouseholdVault vault) {
        return vault.ledger.categories().list().stream()
                .flatMap(g -> g.categories().stream())
                .toList();
    }

    private static UUID pickTransaction(HouseholdVault vault, int pick) {
        List<UUID> ids = vault.session
                .database()
                .read(dsl -> dsl.select(LEDGER_TRANSACTION.ID)
                        .from(LEDGER_TRANSACTION)
                        .orderBy(LEDGER_TRANSACTION.ID)
                        .fetch(LEDGER_TRANSACTION.ID));
        return ids.isEmpty() ? null : ids.get(pick % ids.size());
    }
}
