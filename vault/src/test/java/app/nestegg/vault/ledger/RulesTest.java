package app.nestegg.vault.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    Path temp;

    private LedgerTestVault vault;
    private Rules rules;
    private UUID account;
    private UUID coffee;
    private UUID groceries;

    static RuleDraft rule(String name, PayeeMatch match, String pattern, UUID category) {
        return new RuleDraft(name, match, pattern, null, null, null, category, null, null, true);
    }

    @BeforeEach
    void open() {
        vault = new LedgerTestVault(temp.resolve("vault"));
        rules = vault.rules();
        account = vault.account("USD");
        coffee = vault.category("Coffee");
        groceries = vault.category("Groceries");
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private TransactionDraft draft(String payee, String amount) {
        return TransactionDraft.of(account, LedgerTestVault.DAY, new BigDecimal(amount), payee);
    }

    @ParameterizedTest
    @CsvSource({
        "EQUALS, starbucks, STARBUCKS, true",
        "EQUALS, starbucks, Starbucks #123, false",
        "CONTAINS, bucks, STARBUCKS #123, true",
        "CONTAINS, bucks, Peet's, false",
        "REGEX, '^star.*#\\d+$', STARBUCKS #123, true",
        "REGEX, 'bucks #\\d', Starbucks #9 Seattle, true",
        "REGEX, '^bucks', Starbucks, false"
    })
    void payeeConditionMatchesIgnoringCase(PayeeMatch match, String pattern, String payee, boolean matches) {
        rules.add(rule("Coffee", match, pattern, coffee));

        UUID category = rules.applyToNew(draft(payee, "-4.50"), USD).categoryId();

        assertThat(category).isEqualTo(matches ? coffee : null);
    }

    @ParameterizedTest
    @CsvSource({"-10.00, true", "-50.00, true", "-30, true", "-9.99, false", "-50.01, false", "30, false"})
    void amountRangeIsInclusiveAndSigned(String amount, boolean matches) {
        rules.add(new RuleDraft(
                "Mid", null, null, new BigDecimal("-50"), new BigDecimal("-10"), null, groceries, null, null, true));

        assertThat(rules.applyToNew(draft("Market", amount), USD).categoryId()).isEqualTo(matches ? groceries : null);
    }

    @Test
    void accountConditionMatchesOnlyThatAccount() {
        UUID card = vault.account("EUR");
        rules.add(new RuleDraft("Card", null, null, null, null, card, null, null, "card", true));

        assertThat(rules.applyToNew(draft("Shop", "-1").withAccount(card), USD).tags())
                .containsExactly("card");
        assertThat(rules.applyToNew(draft("Shop", "-1"), USD).tags()).isEmpty();
    }

    @Test
    void everyMatchingRuleAppliesInOrderAndLaterRulesSeeTheNewPayee() {
        rules.add(new RuleDraft(
                "Rename", PayeeMatch.CONTAINS, "sbux", null, null, null, null, "Starbucks", "coffee-shop", true));
        rules.add(new RuleDraft(
                "Categorise", PayeeMatch.EQUALS, "starbucks", null, null, null, coffee, null, "latte", true));

        TransactionDraft result =
                rules.applyToNew(draft("SBUX 0042 SEATTLE", "-4.50").withTags(Set.of("mine")), USD);

        assertThat(result.payee()).isEqualTo("Starbucks");
        assertThat(result.categoryId()).isEqualTo(coffee);
        assertThat(result.tags()).containsExactly("mine", "coffee-shop", "latte");
    }

    @Test
    void firstRuleThatSetsACategoryWins() {
        rules.add(rule("First", PayeeMatch.CONTAINS, "market", groceries));
        rules.add(rule("Second", PayeeMatch.CONTAINS, "market", coffee));

        assertThat(rules.applyToNew(draft("Market", "-3"), USD).categoryId()).isEqualTo(groceries);
    }

    @Test
    void explicitCategorySplitsAndTransfersKeepTheirCategoryButStillGetRenameAndTag() {
        rules.add(new RuleDraft(
                "All", PayeeMatch.CONTAINS, "market", null, null, null, groceries, "Market Hall", "food", true));
        UUID other = vault.account("USD");

        TransactionDraft chosen = rules.applyToNew(draft("market", "-3").withCategory(coffee), USD);
        TransactionDraft split = rules.applyToNew(
                draft("market", "-3").withSplits(List.of(new SplitDraft(coffee, new BigDecimal("-3"), null))), USD);
        TransactionDraft transfer = rules.applyToNew(draft("market", "-3").withTransferTo(other, null), USD);

        assertThat(chosen.categoryId()).isEqualTo(coffee);
        assertThat(split.categoryId()).isNull();
        assertThat(transfer.categoryId()).isNull();
        assertThat(List.of(chosen, split, transfer)).allSatisfy(d -> {
            assertThat(d.payee()).isEqualTo("Market Hall");
            assertThat(d.tags()).containsExactly("food");
        });
    }

    @Test
    void disabledRulesDoNothing() {
        rules.add(new RuleDraft("Off", PayeeMatch.CONTAINS, "market", null, null, null, groceries, null, null, false));

        TransactionDraft original = draft("Market", "-3");

        assertThat(rules.applyToNew(original, USD)).isEqualTo(original);
    }

    @Test
    void rulesAreAddedLastAndMovingOrDeletingRenumbers() {
        Rule a = rules.add(rule("A", PayeeMatch.CONTAINS, "a", coffee));
        Rule b = rules.add(rule("B", PayeeMatch.CONTAINS, "b", coffee));
        Rule c = rules.add(rule("C", PayeeMatch.CONTAINS, "c", coffee));

        assertThat(rules.list()).extracting(Rule::name).containsExactly("A", "B", "C");
        assertThat(rules.move(c.id(), 0).position()).isZero();
        assertThat(rules.list()).extracting(Rule::name).containsExactly("C", "A", "B");
        assertThat(rules.list()).extracting(Rule::position).containsExactly(0, 1, 2);

        rules.delete(a.id());

        assertThat(rules.list()).extracting(Rule::id).containsExactly(c.id(), b.id());
        assertThat(rules.list()).extracting(Rule::position).containsExactly(0, 1);
        assertThatThrownBy(() -> rules.move(b.id(), 2))
                .isInstanceOf(LedgerInputException.class)
                .hasMessage("Position 2 is outside 0 to 1");
    }

    @Test
    void updateReplacesTheRuleInPlaceAndLogsOnlyWhatChanged() {
        rules.add(rule("A", PayeeMatch.CONTAINS, "a", coffee));
        Rule b = rules.add(new RuleDraft(
                "B", PayeeMatch.REGEX, "^b", new BigDecimal("-5.5"), null, null, coffee, null, null, true));

        Rule updated = rules.update(
                b.id(),
                new RuleDraft(
                        "B",
                        PayeeMatch.REGEX,
                        "^bb",
                        new BigDecimal("-5.50"),
                        null,
                        null,
                        groceries,
                        null,
                        null,
                        true));

        assertThat(updated.position()).isEqualTo(1);
        assertThat(rules.list().get(1)).isEqualTo(updated);
        assertThat(vault.lastEntry("rule", b.id()).columns()).containsOnlyKeys("payee_pattern", "set_category_id");
        assertThat(rules.applyToNew(draft("bbq", "-1"), USD).categoryId()).isEqualTo(groceries);
        assertThat(rules.applyToNew(draft("bob", "-1"), USD).categoryId()).isNull();
    }

    @Test
    void regexThatDoesNotCompileIsRefusedAndNothingWritten() {
        int entries = vault.changeLogSize();

        assertThatThrownBy(() -> rules.add(rule("Broken", PayeeMatch.REGEX, "star(bucks", coffee)))
                .isInstanceOfSatisfying(
                        LedgerInputException.class, e -> assertThat(e.field()).isEqualTo("pattern"))
                .hasMessageContaining("'star(bucks'")
                .hasMessageContaining("Unclosed group");

        assertThat(rules.list()).isEmpty();
        assertThat(vault.changeLogSize()).isEqualTo(entries);
    }

    @Test
    void badDraftsAreRefusedNamingWhatIsWrong() {
        assertRefused(
                () -> new RuleDraft("R", null, null, BigDecimal.TEN, BigDecimal.ONE, null, coffee, null, null, true),
                "amount",
                "The minimum amount 10 is above the maximum 1");
        assertRefused(
                () -> new RuleDraft("R", PayeeMatch.CONTAINS, "x", null, null, null, null, null, "two words", true),
                "tags",
                "Tag 'two words'");
        assertRefused(
                () -> new RuleDraft("R", null, null, null, null, null, coffee, null, null, true),
                "conditions",
                "needs a condition");
        assertRefused(
                () -> new RuleDraft("R", PayeeMatch.CONTAINS, "x", null, null, null, null, " ", null, true),
                "actions",
                "needs an action");
        assertRefused(
                () -> new RuleDraft("R", null, "x", null, null, null, coffee, null, null, true),
                "pattern",
                "EQUALS, CONTAINS or REGEX");
        assertRefused(
                () -> new RuleDraft(" ", PayeeMatch.CONTAINS, "x", null, null, null, coffee, null, null, true),
                "name",
                "Name is empty");
        assertRefused(
                () -> new RuleDraft("R", null, null, new BigDecimal("0.00001"), null, null, coffee, null, null, true),
                "amount",
                "at most 4 decimals");
    }

    @Test
    void unknownCategoryOrAccountIsRefusedAndNothingWritten() {
        int entries = vault.changeLogSize();
        UUID missing = UUID.randomUUID();

        assertRefused(() -> rules.add(rule("R", PayeeMatch.CONTAINS, "x", missing)), "category", missing.toString());
        assertRefused(
                () -> rules.add(new RuleDraft("R", null, null, null, null, missing, coffee, null, null, true)),
                "account",
                missing.toString());
        Rule kept = rules.add(rule("R", PayeeMatch.CONTAINS, "x", coffee));
        int afterAdd = vault.changeLogSize();
        assertRefused(
                () -> rules.update(kept.id(), rule("R", PayeeMatch.CONTAINS, "x", missing)),
                "category",
                missing.toString());

        assertThat(rules.list()).containsExactly(kept);
        assertThat(afterAdd).isEqualTo(entries + 1);
        assertThat(vault.changeLogSize()).isEqualTo(afterAdd);
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        LedgerInputException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(message);
    }
}
