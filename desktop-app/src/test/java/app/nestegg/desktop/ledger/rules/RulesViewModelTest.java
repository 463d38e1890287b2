package app.nestegg.desktop.ledger.rules;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.desktop.ledger.rules.RulesViewModel.PreviewLine;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.Rule;
import app.nestegg.vault.ledger.RuleDraft;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private Account account;
    private Choice groceries;
    private RulesViewModel rules;
    private RuleForm form;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        account = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        groceries = kit.category("Food", "Groceries");
        rules = new RulesViewModel(kit.session, new SameThreadTaskExecutor(), TestVaults.messages(), FORMAT);
        form = rules.form();
        rules.refresh();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private Transaction spend(String payee, String amount) {
        return kit.ledger
                .transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.of(2024, 3, 5), new BigDecimal(amount), payee));
    }

    private void typeMarketRule() {
        form.nameProperty().set("Markets");
        form.matchProperty().set(PayeeMatch.CONTAINS);
        form.patternProperty().set("market");
        form.categoryProperty()
                .set(rules.categories().stream()
                        .filter(c -> c.id().equals(groceries.id()))
                        .findFirst()
                        .orElseThrow());
        form.addTagProperty().set("food");
    }

    @Test
    void savesANewRuleAndListsIt() {
        typeMarketRule();
        rules.save();

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(rules.statusProperty().get()).isEqualTo("Rule ‘Markets’ saved");
        Rule stored = kit.ledger.rules().list().getFirst();
        assertThat(stored.payeePattern()).isEqualTo("market");
        assertThat(stored.setCategoryId()).isEqualTo(groceries.id());
        assertThat(stored.addTag()).isEqualTo("food");
        assertThat(rules.rules()).containsExactly(stored);
        assertThat(rules.selectedProperty().get()).isEqualTo(stored);
        assertThat(rules.describe(stored)).isEqualTo("1. Markets");
    }

    @Test
    void aRegexThatDoesNotCompileIsShownBesideThePatternAndNothingIsWritten() {
        typeMarketRule();
        form.matchProperty().set(PayeeMatch.REGEX);
        form.patternProperty().set("market(");

        rules.save();
        rules.preview();

        assertThat(form.patternErrorProperty().get())
                .startsWith("Pattern 'market(' is not a valid regular expression: Unclosed group");
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(kit.ledger.rules().list()).isEmpty();
        assertThat(rules.previewLines()).isEmpty();
    }

    @Test
    void aMinimumAboveTheMaximumIsShownBesideTheAmountsAndNothingIsWritten() {
        typeMarketRule();
        form.minAmountProperty().set("50");
        form.maxAmountProperty().set("10");

        rules.save();

        assertThat(form.amountErrorProperty().get()).isEqualTo("The minimum amount 50 is above the maximum 10");
        assertThat(kit.ledger.rules().list()).isEmpty();
    }

    @Test
    void anUnreadableAmountIsRefusedBeforeTheLedgerIsAsked() {
        typeMarketRule();
        form.maxAmountProperty().set("ten");
        rules.save();
        assertThat(form.amountErrorProperty().get()).isEqualTo("‘ten’ is not an amount");
        assertThat(kit.ledger.rules().list()).isEmpty();
    }

    @Test
    void aRuleWithoutAnActionIsRefused() {
        form.nameProperty().set("Nothing");
        form.patternProperty().set("x");
        rules.save();
        assertThat(form.errorProperty().get()).contains("needs an action");
        assertThat(kit.ledger.rules().list()).isEmpty();
    }

    @Test
    void previewShowsTheChangesAndApplyMakesExactlyThose() {
        spend("Corner Market", "-12.00");
        spend("Farmers market", "-30.00");
        spend("Bookshop", "-8.00");
        typeMarketRule();
        form.renamePayeeProperty().set("Market");

        rules.preview();

        assertThat(kit.ledger.rules().list()).hasSize(1);
        assertThat(rules.previewCountProperty().get()).isEqualTo("2 transactions would change");
        assertThat(rules.canApplyProperty().get()).isTrue();
        PreviewLine line = rules.previewLines().getFirst();
        assertThat(line.date()).isEqualTo("Mar 5, 2024");
        assertThat(line.payee()).endsWith("→ Market");
        assertThat(line.category()).isEqualTo("(none) → Food: Groceries");
        assertThat(line.tags()).isEqualTo(" → food");
        assertThat(kit.ledger.transactions().get(spendIds().getFirst()).payee()).isNotEqualTo("Market");

        rules.apply();

        assertThat(rules.statusProperty().get()).isEqualTo("2 transactions changed");
        assertThat(rules.previewLines()).isEmpty();
        assertThat(rules.canApplyProperty().get()).isFalse();
        List<Transaction> stored =
                spendIds().stream().map(id -> kit.ledger.transactions().get(id)).toList();
        assertThat(stored)
                .filteredOn(t -> groceries.id().equals(t.categoryId()))
                .hasSize(2);
        assertThat(stored).filteredOn(t -> t.payee().equals("Market")).hasSize(2);
    }

    private List<java.util.UUID> spendIds() {
        return kit
                .ledger
                .register()
                .older(app.nestegg.vault.ledger.RegisterQuery.forAccount(account.id()), null, 10)
                .rows()
                .stream()
                .map(r -> r.transaction().id())
                .toList();
    }

    @Test
    void previewAllCoversEveryEnabledRule() {
        spend("Corner Market", "-12.00");
        spend("Bookshop", "-8.00");
        kit.ledger
                .rules()
                .add(new RuleDraft(
                        "Books", PayeeMatch.EQUALS, "bookshop", null, null, null, null, null, "books", true));
        kit.ledger
                .rules()
                .add(new RuleDraft(
                        "Off", PayeeMatch.CONTAINS, "corner", null, null, null, null, null, "corner", false));
        rules.refresh();

        rules.previewAll();

        assertThat(rules.previewCountProperty().get()).isEqualTo("One transaction would change");
        assertThat(rules.previewLines()).extracting(PreviewLine::tags).containsExactly(" → books");
        rules.apply();
        assertThat(rules.statusProperty().get()).isEqualTo("One transaction changed");
    }

    @Test
    void aPreviewWithNoChangesCannotBeApplied() {
        spend("Bookshop", "-8.00");
        typeMarketRule();
        rules.preview();
        assertThat(rules.previewCountProperty().get()).isEqualTo("No transaction would change");
        assertThat(rules.canApplyProperty().get()).isFalse();
    }

    @Test
    void movesRulesUpAndDownAndDeletesThem() {
        kit.ledger.rules().add(new RuleDraft("First", PayeeMatch.EQUALS, "a", null, null, null, null, null, "a", true));
        kit.ledger
                .rules()
                .add(new RuleDraft("Second", PayeeMatch.EQUALS, "b", null, null, null, null, null, "b", true));
        rules.refresh();
        rules.select(rules.rules().get(1));

        rules.moveUp();

        assertThat(kit.ledger.rules().list()).extracting(Rule::name).containsExactly("Second", "First");
        assertThat(rules.rules()).extracting(Rule::name).containsExactly("Second", "First");
        assertThat(rules.selectedProperty().get().name()).isEqualTo("Second");
        assertThat(form.nameProperty().get()).isEqualTo("Second");

        rules.moveUp();
        assertThat(kit.ledger.rules().list()).extracting(Rule::name).containsExactly("Second", "First");

        rules.moveDown();
        assertThat(rules.rules()).extracting(Rule::name).containsExactly("First", "Second");

        rules.delete();
        assertThat(kit.ledger.rules().list()).extracting(Rule::name).containsExactly("First");
        assertThat(rules.statusProperty().get()).isEqualTo("Rule ‘Second’ deleted");
        assertThat(rules.selectedProperty().get()).isNull();
        assertThat(form.nameProperty().get()).isEmpty();
    }

    @Test
    void editingASelectedRuleUpdatesIt() {
        typeMarketRule();
        rules.save();
        form.patternProperty().set("supermarket");
        form.enabledProperty().set(false);
        rules.save();
        assertThat(kit.ledger.rules().list()).singleElement().satisfies(rule -> {
            assertThat(rule.payeePattern()).isEqualTo("supermarket");
            assertThat(rule.enabled()).isFalse();
        });
        assertThat(rules.describe(rules.rules().getFirst())).isEqualTo("1. Markets (off)");
    }
}
