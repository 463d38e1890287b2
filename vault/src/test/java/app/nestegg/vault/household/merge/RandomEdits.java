package app.nestegg.vault.household.merge;

import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random edits through the ledger's services on household members' vaults, and exchanges of own entries between them
 * (from a random point of the author's log, so later exchanges bring edits of rows sent before), for the merge's
 * property tests.
 */
final class RandomEdits {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final AtomicInteger NAMES = new AtomicInteger();

    private RandomEdits() {}

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

    /** Random edits by any of {@code members} members, 5 to 40 of them. */
    static Arbitrary<List<Op>> operations(int members) {
        Arbitrary<Op> op = Combinators.combine(
                        Arbitraries.integers().between(0, members - 1),
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 1_000),
                        Arbitraries.integers().between(-50_000, 50_000),
                        Arbitraries.integers().between(0, 1_000))
                .as(Op::new);
        return op.list().ofMinSize(5).ofMaxSize(40);
    }

    /** Makes the edit on the vault of {@code op.member()}; an exchange merges another member's own entries. */
    static void apply(List<HouseholdVault> members, Op op) {
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
                HouseholdVault other = members.get((op.member() + 1 + op.a() % (members.size() - 1)) % members.size());
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
