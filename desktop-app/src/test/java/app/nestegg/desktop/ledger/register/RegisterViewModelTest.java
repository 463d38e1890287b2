package app.nestegg.desktop.ledger.register;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.desktop.ledger.LedgerTestKit.ManualDebouncer;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.RegisterRow;
import app.nestegg.vault.ledger.Transaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterViewModelTest {

    private static final int PAGE = 50;
    private static final int PAGES = 3;

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private Account account;
    private final ManualDebouncer debouncer = new ManualDebouncer();
    private final List<Integer> shifts = new ArrayList<>();

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        account = kit.account("Everyday", AccountType.CHECKING, USD, "1000.00");
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private RegisterViewModel register(TaskExecutor executor) {
        RegisterViewModel register = new RegisterViewModel(
                kit.session,
                executor,
                TestVaults.messages(),
                FORMAT,
                debouncer,
                kit.vaults.clock(),
                account,
                PAGE,
                PAGES);
        register.setOnShift(shifts::add);
        return register;
    }

    @Test
    void scrollingEndToEndHoldsAtMostTheWindowAndSeesEveryRowOnce() {
        kit.transactions(account, 520);
        RegisterViewModel register = register(new SameThreadTaskExecutor());
        register.open();
        assertThat(register.statusProperty().get()).isEqualTo("520 transactions");

        Set<UUID> seen = new HashSet<>();
        List<RegisterRow> order = new ArrayList<>();
        register.rows().forEach(row -> {
            if (seen.add(row.transaction().id())) {
                order.add(row);
            }
        });
        int guard = 0;
        while (register.window().hasOlder() && guard++ < 100) {
            register.visible(register.rows().size() - 5, register.rows().size() - 1);
            assertThat(register.rows().size()).isLessThanOrEqualTo(PAGE * PAGES);
            assertThat(register.window().pagesHeld()).isLessThanOrEqualTo(PAGES);
            register.rows().forEach(row -> {
                if (seen.add(row.transaction().id())) {
                    order.add(row);
                }
            });
        }

        assertThat(seen).hasSize(520);
        assertThat(order.getFirst().transaction().payee()).isEqualTo("Shop 519");
        assertThat(order.getLast().transaction().payee()).isEqualTo("Shop 0");
        assertThat(FORMAT.format(order.getFirst().runningBalance())).isEqualTo("$480.00");
        assertThat(FORMAT.format(order.getLast().runningBalance())).isEqualTo("$999.00");
        assertThat(shifts).isNotEmpty().allMatch(shift -> shift == -PAGE);
    }

    @Test
    void scrollingBackUpReadsNewerPagesAndDropsTheOldest() {
        kit.transactions(account, 400);
        RegisterViewModel register = register(new SameThreadTaskExecutor());
        register.open();
        for (int i = 0; i < 5; i++) {
            register.visible(register.rows().size() - 1, register.rows().size() - 1);
        }
        assertThat(register.window().hasNewer()).isTrue();
        String oldestHeld = register.rows().getLast().transaction().payee();

        while (register.window().hasNewer()) {
            register.visible(0, 10);
            assertThat(register.rows().size()).isLessThanOrEqualTo(PAGE * PAGES);
        }

        assertThat(register.rows().getFirst().transaction().payee()).isEqualTo("Shop 399");
        assertThat(register.rows().getLast().transaction().payee()).isNotEqualTo(oldestHeld);
        assertThat(register.window().hasOlder()).isTrue();
        assertThat(shifts).contains(PAGE);
        for (int i = 1; i < register.rows().size(); i++) {
            assertThat(register.rows().get(i).transaction().date())
                    .isBeforeOrEqualTo(register.rows().get(i - 1).transaction().date());
        }
    }

    @Test
    void aFilteredCountStopsAtItsLimitWhileAWholeAccountIsCountedExactly() {
        kit.transactions(account, 10_005);
        RegisterViewModel register = register(new SameThreadTaskExecutor());
        register.open();
        assertThat(register.statusProperty().get()).isEqualTo("10,005 transactions");

        register.filters().textProperty().set("Shop");
        debouncer.fire();

        assertThat(register.statusProperty().get()).isEqualTo("10,000 or more transactions");
    }

    @Test
    void typingInTheSearchQueriesOnceAfterThePause() {
        kit.transactions(account, 30);
        RegisterViewModel register = register(new SameThreadTaskExecutor());
        register.open();

        register.filters().textProperty().set("S");
        register.filters().textProperty().set("Sh");
        register.filters().textProperty().set("Shop 2");
        assertThat(register.rows()).hasSize(30);
        assertThat(debouncer.hasPending()).isTrue();

        debouncer.fire();

        assertThat(register.rows())
                .extracting(row -> row.transaction().payee())
                .containsExactlyInAnyOrder(
                        "Shop 2", "Shop 20", "Shop 21", "Shop 22", "Shop 23", "Shop 24", "Shop 25", "Shop 26",
                        "Shop 27", "Shop 28", "Shop 29");
        assertThat(register.rows()).allMatch(row -> row.runningBalance() == null);
        assertThat(register.statusProperty().get()).isEqualTo("11 transactions");
    }

    @Test
    void aResultOfAnOlderQueryThatArrivesLateIsDropped() {
        kit.transactions(account, 30);
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        RegisterViewModel register = register(executor);
        register.open();
        executor.runAll();

        register.filters().textProperty().set("Shop 1");
        debouncer.fire();
        register.filters().textProperty().set("Shop 29");
        debouncer.fire();
        assertThat(executor.size()).isEqualTo(2);

        executor.run(1);
        executor.run(0);

        assertThat(register.rows()).extracting(row -> row.transaction().payee()).containsExactly("Shop 29");
    }

    @Test
    void filtersByDateCategoryAndAmountAndSaysWhatCannotBeRead() {
        kit.transactions(account, 30);
        RegisterViewModel register = register(new SameThreadTaskExecutor());
        register.open();

        register.filters().fromProperty().set("2020-01-05");
        register.filters().toProperty().set("Jan 7, 2020");
        debouncer.fire();
        assertThat(register.rows())
                .extracting(row -> row.transaction().payee())
                .containsExactly("Shop 5", "Shop 4", "Shop 3");

        register.filters().minAmountProperty().set("abc");
        debouncer.fire();
        assertThat(register.errorProperty().get()).isEqualTo("‘abc’ is not an amount");
        assertThat(register.rows()).hasSize(3);

        register.filters().minAmountProperty().set("2");
        debouncer.fire();
        assertThat(register.errorProperty().get()).isEmpty();
        assertThat(register.rows()).isEmpty();
    }

    @Test
    void bulkRecategoriseChangesTheChosenRowsInPlace() {
        kit.transactions(account, 10);
        Choice groceries = kit.category("Food", "Groceries");
        RegisterViewModel register = register(new SameThreadTaskExecutor());
        register.open();
        List<UUID> chosen = register.rows().subList(0, 3).stream()
                .map(row -> row.transaction().id())
                .toList();

        register.recategorise(chosen, groceries);

        assertThat(register.statusProperty().get()).isEqualTo("3 transactions now in Food: Groceries");
        assertThat(register.rows().subList(0, 3))
                .allMatch(row -> groceries.id().equals(row.transaction().categoryId()));
        assertThat(register.categoryLabel(register.rows().getFirst().transaction()))
                .isEqualTo("Food: Groceries");
        assertThat(register.rows().get(3).transaction().categoryId()).isNull();
        register.filters().categoryProperty().set(groceries);
        debouncer.fire();
        assertThat(register.rows()).hasSize(3);
    }

    @Test
    void recategoriseWithoutRowsOrCategoryAsksForThem() {
        RegisterViewModel register = register(new SameThreadTaskExecutor());
        register.open();
        register.recategorise(List.of(), null);
        assertThat(register.errorProperty().get()).isEqualTo("Choose transactions and a category first");
    }

    @Test
    void inlineEditsChangePayeeAndCategory() {
        kit.transactions(account, 3);
        Choice fuel = kit.category("Car", "Fuel");
        RegisterViewModel register = register(new SameThreadTaskExecutor());
        register.open();
        RegisterRow first = register.rows().getFirst();

        register.changePayee(first, "Corner shop");
        register.changeCategory(register.rows().getFirst(), fuel);

        Transaction stored = kit.ledger.transactions().get(first.transaction().id());
        assertThat(stored.payee()).isEqualTo("Corner shop");
        assertThat(stored.categoryId()).isEqualTo(fuel.id());
        assertThat(register.rows().getFirst().transaction().payee()).isEqualTo("Corner shop");
        assertThat(register.rows().getFirst().runningBalance()).isEqualTo(first.runningBalance());
    }
}
