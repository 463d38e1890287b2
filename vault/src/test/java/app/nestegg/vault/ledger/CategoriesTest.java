package app.nestegg.vault.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.store.ChangeOperation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoriesTest {

    @TempDir
    Path temp;

    private LedgerTestVault vault;
    private Categories categories;

    @BeforeEach
    void open() {
        vault = new LedgerTestVault(temp.resolve("vault"));
        categories = vault.categories();
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void defaultsAreInsertedOnceWithTheSameIdsInEveryVault() {
        List<CategoryGroup> first = categories.list();
        int entries = vault.changeLogSize();

        categories.ensureDefaults();

        assertThat(categories.list()).isEqualTo(first);
        assertThat(vault.changeLogSize()).isEqualTo(entries);
        try (LedgerTestVault other = new LedgerTestVault(temp.resolve("other"))) {
            assertThat(other.categories().list()).isEqualTo(first);
        }
    }

    @Test
    void defaultIdsAreNameBasedOnTheirKeys() {
        UUID groceries = UUID.nameUUIDFromBytes("nestegg:category:groceries".getBytes(StandardCharsets.UTF_8));

        assertThat(categories.find("Groceries").id()).isEqualTo(groceries);
        assertThat(categories.find("Groceries").groupId())
                .isEqualTo(UUID.nameUUIDFromBytes("nestegg:category:group:food".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void defaultSetHasIncomeAndExpenseGroupsInOrder() {
        List<CategoryGroup> groups = categories.list();

        assertThat(groups.getFirst().name()).isEqualTo("Income");
        assertThat(groups.getFirst().kind()).isEqualTo(CategoryKind.INCOME);
        assertThat(groups.getFirst().categories())
                .extracting(Category::name)
                .startsWith("Salary", "Interest & Dividends", "Refunds");
        assertThat(groups).extracting(CategoryGroup::position).isSorted();
        assertThat(groups.stream().skip(1)).allMatch(g -> g.kind() == CategoryKind.EXPENSE);
        assertThat(groups).allMatch(g -> !g.categories().isEmpty());
    }

    @Test
    void findAcceptsNameIgnoringCaseOrId() {
        Category coffee = categories.find("coffee");

        assertThat(coffee.name()).isEqualTo("Coffee");
        assertThat(categories.find(" COFFEE ")).isEqualTo(coffee);
        assertThat(categories.find(coffee.id().toString())).isEqualTo(coffee);
        assertThat(categories.get(coffee.id())).isEqualTo(coffee);
    }

    @Test
    void unknownCategoryIsRefusedNamingIt() {
        assertThatThrownBy(() -> categories.find("Yachts"))
                .isInstanceOfSatisfying(
                        LedgerInputException.class, e -> assertThat(e.field()).isEqualTo("category"))
                .hasMessage("No category named 'Yachts'");
        assertThatThrownBy(() -> categories.get(UUID.randomUUID())).isInstanceOf(LedgerInputException.class);
    }

    @Test
    void addedGroupAndCategoriesComeLastInOrder() {
        CategoryGroup hobbies = categories.addGroup("Hobbies", CategoryKind.EXPENSE);
        Category boats = categories.add(hobbies.id(), "Model Boats");
        Category paint = categories.add(hobbies.id(), " Paint ");

        CategoryGroup stored = categories.list().getLast();
        assertThat(stored.id()).isEqualTo(hobbies.id());
        assertThat(stored.categories()).containsExactly(boats, paint);
        assertThat(paint.name()).isEqualTo("Paint");
        assertThat(paint.position()).isEqualTo(boats.position() + 1);
    }

    @Test
    void duplicateNamesAreRefusedIgnoringCaseAndNothingIsWritten() {
        UUID food = categories.find("Groceries").groupId();
        int entries = vault.changeLogSize();

        assertThatThrownBy(() -> categories.add(food, "groceries"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessage("A category named 'groceries' already exists");
        assertThatThrownBy(() -> categories.rename(categories.find("Coffee").id(), "RESTAURANTS"))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> categories.addGroup("food", CategoryKind.EXPENSE))
                .isInstanceOf(LedgerInputException.class)
                .hasMessage("A category group named 'food' already exists");

        assertThat(vault.changeLogSize()).isEqualTo(entries);
    }

    @Test
    void renamingKeepsTheIdAndMayChangeOnlyCase() {
        Category coffee = categories.find("Coffee");

        assertThat(categories.rename(coffee.id(), "COFFEE").name()).isEqualTo("COFFEE");
        Category renamed = categories.rename(coffee.id(), "Coffee & Tea");

        assertThat(renamed.id()).isEqualTo(coffee.id());
        assertThat(categories.find("coffee & tea")).isEqualTo(renamed);
        assertThat(vault.lastEntry("category", coffee.id()).columns()).containsOnlyKeys("name");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void namesMustBeOneToHundredCharacters(int length) {
        UUID food = categories.find("Groceries").groupId();

        assertThatThrownBy(() -> categories.add(food, "x".repeat(length)))
                .isInstanceOfSatisfying(
                        LedgerInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(categories.add(food, "y".repeat(100)).name()).hasSize(100);
    }

    @Test
    void hiddenCategoryStaysListedAndFindable() {
        Category coffee = categories.find("Coffee");

        Category hidden = categories.setHidden(coffee.id(), true);

        assertThat(hidden.hidden()).isTrue();
        assertThat(categories.find("Coffee").hidden()).isTrue();
        assertThat(vault.lastEntry("category", coffee.id()).columns()).containsOnlyKeys("hidden");
    }

    @Test
    void deleteMovesTransactionsSplitsAndRulesToTheReplacementAndLogsEachMove() {
        UUID coffee = vault.category("Coffee");
        UUID restaurants = vault.category("Restaurants");
        UUID account = vault.account("USD");
        UUID bought = vault.transaction(account, LedgerTestVault.DAY, -450, "Blue Bottle", coffee, null);
        UUID splitParent = vault.transaction(account, -1000, "Market");
        UUID split = vault.split(splitParent, coffee, -400);
        Rule rule = vault.rules().add(RulesTest.rule("Cafe", PayeeMatch.CONTAINS, "cafe", coffee));

        categories.delete(coffee, restaurants);

        assertThat(categories.lookup(coffee)).isEmpty();
        assertThat(vault.stored(bought).getCategoryId()).isEqualTo(restaurants);
        assertThat(vault.storedSplit(split).getCategoryId()).isEqualTo(restaurants);
        assertThat(vault.rules().list().getFirst().setCategoryId()).isEqualTo(restaurants);
        assertThat(vault.lastEntry("ledger_transaction", bought).columns())
                .containsExactlyEntriesOf(java.util.Map.of("category_id", restaurants.toString()));
        assertThat(vault.lastEntry("split", split).columns()).containsOnlyKeys("category_id");
        assertThat(vault.lastEntry("rule", rule.id()).columns()).containsOnlyKeys("set_category_id");
        assertThat(vault.lastEntry("category", coffee).operation()).isEqualTo(ChangeOperation.DELETE);
    }

    @Test
    void deleteWithoutReplacementLeavesUsesUncategorisedAndDisablesRulesLeftWithoutAction() {
        UUID coffee = vault.category("Coffee");
        UUID account = vault.account("USD");
        UUID bought = vault.transaction(account, LedgerTestVault.DAY, -450, "Blue Bottle", coffee, null);
        vault.rules().add(RulesTest.rule("Cafe", PayeeMatch.CONTAINS, "cafe", coffee));

        categories.delete(coffee, null);

        assertThat(vault.stored(bought).getCategoryId()).isNull();
        Rule rule = vault.rules().list().getFirst();
        assertThat(rule.setCategoryId()).isNull();
        assertThat(rule.enabled()).isFalse();
    }

    @Test
    void deleteWithUnknownOrSelfReplacementIsRefusedAndNothingIsWritten() {
        UUID coffee = vault.category("Coffee");
        int entries = vault.changeLogSize();

        assertThatThrownBy(() -> categories.delete(coffee, UUID.randomUUID()))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageStartingWith("No category with id");
        assertThatThrownBy(() -> categories.delete(coffee, coffee))
                .isInstanceOf(LedgerInputException.class)
                .hasMessage("A category cannot replace itself");

        assertThat(categories.lookup(coffee)).isPresent();
        assertThat(vault.changeLogSize()).isEqualTo(entries);
    }
}
