package app.nestegg.vault.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.store.ChangeEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleApplyTest {

    @TempDir
    Path temp;

    private LedgerTestVault vault;
    private Rules rules;
    private UUID account;
    private UUID coffee;
    private UUID groceries;

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

    @Test
    void previewListsChangesAndWritesNothing() {
        UUID latte = vault.transaction(account, LedgerTestVault.DAY, -450, "SBUX 12", null, "work");
        vault.transaction(account, -2000, "Hardware store");
        rules.add(new RuleDraft(
                "Coffee", PayeeMatch.CONTAINS, "sbux", null, null, null, coffee, "Starbucks", "latte", true));
        int entries = vault.changeLogSize();

        List<RuleChange> changes = rules.preview(RuleScope.all());

        assertThat(changes)
                .containsExactly(new RuleChange(
                        latte,
                        LedgerTestVault.DAY,
                        "SBUX 12",
                        "Starbucks",
                        null,
                        coffee,
                        Set.of("work"),
                        Set.of("work", "latte")));
        assertThat(vault.changeLogSize()).isEqualTo(entries);
        assertThat(vault.stored(latte).getPayee()).isEqualTo("SBUX 12");
    }

    @Test
    void applyChangesExactlyThePreviewedRowsAndLogsOnlyTheChangedColumns() {
        UUID renameOnly = vault.transaction(account, LedgerTestVault.DAY, -450, "SBUX 12", coffee, null);
        UUID categoryOnly = vault.transaction(account, LedgerTestVault.DAY, -300, "Starbucks", null, null);
        UUID untouched = vault.transaction(account, -2000, "Hardware store");
        rules.add(
                new RuleDraft("Rename", PayeeMatch.CONTAINS, "sbux", null, null, null, null, "Starbucks", null, true));
        rules.add(new RuleDraft("Coffee", PayeeMatch.EQUALS, "starbucks", null, null, null, coffee, null, null, true));
        List<RuleChange> preview = rules.preview(RuleScope.all());
        int entries = vault.changeLogSize();

        int changed = rules.apply(RuleScope.all());

        assertThat(changed).isEqualTo(2);
        assertThat(preview).extracting(RuleChange::transactionId).containsExactly(renameOnly, categoryOnly);
        assertThat(vault.changeLogSize()).isEqualTo(entries + 2);
        ChangeEntry renamed = vault.lastEntry("ledger_transaction", renameOnly);
        assertThat(renamed.columns()).containsOnlyKeys("payee").containsEntry("payee", "Starbucks");
        ChangeEntry categorised = vault.lastEntry("ledger_transaction", categoryOnly);
        assertThat(categorised.columns()).containsOnlyKeys("category_id");
        assertThat(vault.stored(categoryOnly).getCategoryId()).isEqualTo(coffee);
        assertThat(vault.log().entriesFor("ledger_transaction", untouched)).hasSize(1);
        assertThat(rules.preview(RuleScope.all())).isEmpty();
    }

    @Test
    void existingCategoryIsReplacedButSplitAndTransferRowsKeepTheirs() {
        UUID categorised = vault.transaction(account, LedgerTestVault.DAY, -500, "Market", coffee, null);
        UUID split = vault.transaction(account, -500, "Market");
        vault.split(split, coffee, -500);
        UUID transfer = vault.transaction(account, -500, "Market");
        vault.makeTransfer(transfer);
        rules.add(
                new RuleDraft("Food", PayeeMatch.CONTAINS, "market", null, null, null, groceries, null, "food", true));

        rules.apply(RuleScope.all());

        assertThat(vault.stored(categorised).getCategoryId()).isEqualTo(groceries);
        assertThat(vault.stored(split).getCategoryId()).isNull();
        assertThat(vault.stored(transfer).getCategoryId()).isNull();
        assertThat(List.of(categorised, split, transfer))
                .allSatisfy(id -> assertThat(vault.stored(id).getTags()).isEqualTo("food"));
        assertThat(vault.lastEntry("ledger_transaction", split).columns()).containsOnlyKeys("tags");
    }

    @Test
    void scopeLimitsRulesAccountAndDates() {
        UUID savings = vault.account("USD");
        LocalDate day = LedgerTestVault.DAY;
        UUID inScope = vault.transaction(account, day, -100, "Market", null, null);
        UUID otherAccount = vault.transaction(savings, day, -100, "Market", null, null);
        UUID tooEarly = vault.transaction(account, day.minusDays(1), -100, "Market", null, null);
        Rule food = rules.add(
                new RuleDraft("Food", PayeeMatch.CONTAINS, "market", null, null, null, groceries, null, null, false));
        rules.add(new RuleDraft("Tag", PayeeMatch.CONTAINS, "market", null, null, null, null, null, "other", true));

        RuleScope scope = RuleScope.all().onlyRule(food.id()).inAccount(account).between(day, day);

        assertThat(rules.preview(scope))
                .singleElement()
                .satisfies(c -> assertThat(c.transactionId()).isEqualTo(inScope))
                .satisfies(c -> assertThat(c.tagsAfter()).isEmpty());
        assertThat(rules.apply(scope)).isEqualTo(1);
        assertThat(vault.stored(otherAccount).getCategoryId()).isNull();
        assertThat(vault.stored(tooEarly).getCategoryId()).isNull();
    }

    @Test
    void amountsOfExistingRowsAreComparedInTheirOwnCurrencysMajorUnits() {
        UUID yen = vault.account("JPY");
        UUID dollars = vault.transaction(account, -1500, "Shop");
        UUID yenRow = vault.transaction(yen, -1500, "Shop");
        rules.add(new RuleDraft("Big", null, null, null, new BigDecimal("-1000"), null, null, null, "big", true));

        assertThat(rules.preview(RuleScope.all()))
                .extracting(RuleChange::transactionId)
                .containsExactly(yenRow);
        assertThat(vault.stored(dollars).getTags()).isNull();
    }

    @Test
    void applyPagesThroughMoreRowsThanOnePage() {
        List<UUID> rows = vault.transactions(account, RulePass.PAGE + 150, "Corner Shop");
        rules.add(new RuleDraft(
                "Shop", PayeeMatch.REGEX, "corner\\s+shop", null, null, null, groceries, null, null, true));

        assertThat(rules.preview(RuleScope.all())).hasSize(rows.size());
        assertThat(rules.apply(RuleScope.all())).isEqualTo(rows.size());
        assertThat(vault.stored(rows.getLast()).getCategoryId()).isEqualTo(groceries);
        assertThat(rules.preview(RuleScope.all())).isEmpty();
    }

    @Test
    void unknownRuleOrBackwardsRangeIsRefused() {
        assertThatThrownBy(() -> rules.preview(RuleScope.all().onlyRule(UUID.randomUUID())))
                .isInstanceOfSatisfying(
                        LedgerInputException.class, e -> assertThat(e.field()).isEqualTo("rule"));
        assertThatThrownBy(() -> RuleScope.all().between(LedgerTestVault.DAY, LedgerTestVault.DAY.minusDays(1)))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("after it ends");
    }
}
