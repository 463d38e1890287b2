package app.nestegg.desktop.ledger.categories;

import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.CategoryKind;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoriesViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private CategoriesViewModel categories;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        categories = new CategoriesViewModel(kit.session, new SameThreadTaskExecutor(), TestVaults.messages());
        categories.refresh();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private List<CategoryGroup> stored() {
        return kit.ledger.categories().list();
    }

    private Category category(String name) {
        return categories.groups().stream()
                .flatMap(g -> g.categories().stream())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void listsTheDefaultGroupsWithTheirCategories() {
        assertThat(categories.groups()).extracting(CategoryGroup::name).contains("Income", "Food", "Transfers");
        assertThat(categories.groupChoices()).hasSameSizeAs(categories.groups());
        assertThat(category("Groceries").groupId())
                .isEqualTo(categories.groups().stream()
                        .filter(g -> g.name().equals("Food"))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    @Test
    void addsAGroupAndACategoryInIt() {
        categories.newGroupNameProperty().set("Hobbies");
        categories.newGroupKindProperty().set(CategoryKind.EXPENSE);
        categories.addGroup();

        assertThat(categories.errorProperty().get()).isEmpty();
        assertThat(categories.statusProperty().get()).isEqualTo("Group ‘Hobbies’ added");
        assertThat(categories.newCategoryGroupProperty().get().label()).isEqualTo("Hobbies");

        categories.newCategoryNameProperty().set("Model trains");
        categories.addCategory();

        CategoryGroup hobbies = stored().stream()
                .filter(g -> g.name().equals("Hobbies"))
                .findFirst()
                .orElseThrow();
        assertThat(hobbies.kind()).isEqualTo(CategoryKind.EXPENSE);
        assertThat(hobbies.categories()).extracting(Category::name).containsExactly("Model trains");
        assertThat(categories.newCategoryNameProperty().get()).isEmpty();
    }

    @Test
    void aDuplicateCategoryIsRefusedAndNothingIsWritten() {
        List<CategoryGroup> before = stored();
        categories.newCategoryNameProperty().set("groceries");

        categories.addCategory();

        assertThat(categories.errorProperty().get()).isEqualTo("A category named 'groceries' already exists");
        assertThat(categories.newCategoryNameProperty().get()).isEqualTo("groceries");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anEmptyGroupNameIsRefusedAndNothingIsWritten() {
        List<CategoryGroup> before = stored();
        categories.newGroupNameProperty().set("   ");

        categories.addGroup();

        assertThat(categories.errorProperty().get()).isNotEmpty().containsIgnoringCase("name");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aDuplicateGroupIsRefused() {
        List<CategoryGroup> before = stored();
        categories.newGroupNameProperty().set("FOOD");
        categories.addGroup();
        assertThat(categories.errorProperty().get()).isEqualTo("A category group named 'FOOD' already exists");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void renamesAndHidesTheSelectedCategory() {
        categories.select(category("Coffee"));
        categories.renameToProperty().set("Coffee & Tea");
        categories.rename();

        assertThat(categories.selectedProperty().get().name()).isEqualTo("Coffee & Tea");
        assertThat(kit.ledger.categories().find("Coffee & Tea")).isNotNull();

        categories.toggleHidden();
        assertThat(kit.ledger.categories().find("Coffee & Tea").hidden()).isTrue();
        assertThat(categories.statusProperty().get()).isEqualTo("‘Coffee & Tea’ is hidden from pickers");
        assertThat(categories.replacements()).extracting(Choice::label).doesNotContain("Food: Coffee & Tea");

        categories.toggleHidden();
        assertThat(kit.ledger.categories().find("Coffee & Tea").hidden()).isFalse();
    }

    @Test
    void renamingToAnotherCategorysNameIsRefused() {
        categories.select(category("Coffee"));
        categories.renameToProperty().set("Groceries");
        categories.rename();
        assertThat(categories.errorProperty().get()).isEqualTo("A category named 'Groceries' already exists");
        assertThat(kit.ledger.categories().find("Coffee")).isNotNull();
    }

    @Test
    void deletingMovesTheTransactionsToTheReplacement() {
        Account account = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        Category coffee = category("Coffee");
        Category groceries = category("Groceries");
        kit.ledger
                .transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.of(2024, 1, 2), new BigDecimal("-3"), "Cafe")
                        .withCategory(coffee.id()));
        categories.select(coffee);
        assertThat(categories.replacements()).extracting(Choice::id).doesNotContain(coffee.id());
        categories
                .replacementProperty()
                .set(categories.replacements().stream()
                        .filter(c -> c.id().equals(groceries.id()))
                        .findFirst()
                        .orElseThrow());

        categories.delete();

        assertThat(categories.statusProperty().get())
                .isEqualTo("‘Coffee’ deleted; its transactions are now in Food: Groceries");
        assertThat(kit.ledger.categories().lookup(coffee.id())).isEmpty();
        assertThat(kit.ledger
                        .register()
                        .count(RegisterQuery.forAccount(account.id()).withCategory(groceries.id())))
                .isEqualTo(1);
        assertThat(categories.selectedProperty().get()).isNull();
    }

    @Test
    void deletingWithoutAReplacementLeavesTransactionsUncategorised() {
        Category coffee = category("Coffee");
        categories.select(coffee);
        categories.delete();
        assertThat(categories.statusProperty().get())
                .isEqualTo("‘Coffee’ deleted; its transactions are now uncategorised");
        assertThat(categories.groups().stream().flatMap(g -> g.categories().stream()))
                .extracting(Category::name)
                .doesNotContain("Coffee");
    }

    @Test
    void actionsWithoutASelectedCategoryAskForOne() {
        categories.select(null);
        categories.rename();
        assertThat(categories.errorProperty().get()).isEqualTo("Choose a category first");
    }
}
