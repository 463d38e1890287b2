package app.nestegg.desktop.ledger.goals;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.goals.GoalFunding;
import app.nestegg.vault.ledger.goals.GoalStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals page's view model on a real vault, the clock at 2026-03-01. */
class GoalsViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private GoalsViewModel goals;
    private GoalForm form;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        goals = new GoalsViewModel(kit.session, new SameThreadTaskExecutor(), TestVaults.messages(), FORMAT);
        form = goals.form();
        goals.refresh();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private void typeTrip() {
        form.nameProperty().set("Trip");
        form.targetProperty().set("1,200");
        form.targetDateProperty().set("2026-09-01");
    }

    @Test
    void addsAGoalAndShowsItsProgressAfterAContribution() {
        typeTrip();
        goals.save();
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(goals.statusProperty().get()).isEqualTo("Goal ‘Trip’ saved");
        assertThat(goals.goals()).hasSize(1);
        goals.select(goals.goals().getFirst());

        goals.contributionAmountProperty().set("300");
        goals.contribute();

        GoalLine line = goals.goals().getFirst();
        assertThat(goals.statusProperty().get()).isEqualTo("$300.00 added to ‘Trip’");
        assertThat(line.savedOfTarget()).isEqualTo("$300.00 of $1,200.00 (25 %)");
        assertThat(line.fraction()).isEqualByComparingTo("0.25");
        assertThat(line.needed()).isEqualTo("$150.00 a month to reach it by Sep 1, 2026");
        // 300 saved in the 90 days since 1 December: 900 more takes 270 days
        assertThat(line.projected()).isEqualTo("At this pace: Nov 26, 2026");
        assertThat(goals.contributionAmountProperty().get()).isEmpty();
        assertThat(goals.selectedProperty().get()).isSameAs(line);
    }

    @Test
    void aListArrivingWhileANewGoalIsTypedKeepsWhatWasTyped() {
        typeTrip();
        goals.refresh();

        assertThat(form.nameProperty().get()).isEqualTo("Trip");
        assertThat(form.targetProperty().get()).isEqualTo("1,200");
    }

    @Test
    void aRefusedGoalShowsTheLedgersMessageAndWritesNothing() {
        typeTrip();
        form.targetDateProperty().set("2026-02-01");
        goals.save();
        assertThat(form.errorProperty().get()).isEqualTo("The target date 2026-02-01 is not after today (2026-03-01)");

        form.targetDateProperty().set("");
        form.targetProperty().set("lots");
        goals.save();
        assertThat(form.errorProperty().get()).isEqualTo("‘lots’ is not an amount");

        form.targetProperty().set("100");
        form.fundingProperty().set(GoalFunding.LINKED_ACCOUNTS);
        goals.save();
        assertThat(form.errorProperty().get()).contains("needs at least one account");

        assertThat(goals.goals()).isEmpty();
        assertThat(kit.ledger.goals().list(true)).isEmpty();
    }

    @Test
    void aLinkedGoalCountsTheChosenAccounts() {
        Account savings = kit.account("Savings", AccountType.SAVINGS, USD, "500");
        kit.account("Card", AccountType.CREDIT_CARD, USD, "0");
        goals.refresh();
        assertThat(goals.accounts()).extracting(c -> c.label()).containsExactly("Savings");

        form.nameProperty().set("Cushion");
        form.targetProperty().set("1000");
        form.fundingProperty().set(GoalFunding.LINKED_ACCOUNTS);
        form.accounts().setAll(goals.accounts());
        goals.save();

        GoalLine line = goals.goals().getFirst();
        assertThat(line.progress().goal().accountIds()).containsExactly(savings.id());
        assertThat(line.savedOfTarget()).isEqualTo("$500.00 of $1,000.00 (50 %)");
        assertThat(line.needed()).isEqualTo("No target date");
        assertThat(line.projected()).isEqualTo("No progress in the last 3 months");
    }

    @Test
    void archivedGoalsShowOnlyWhenAskedAndCanBeMadeActiveAgain() {
        typeTrip();
        goals.save();
        goals.select(goals.goals().getFirst());

        goals.archive();
        assertThat(goals.statusProperty().get()).isEqualTo("Goal ‘Trip’ archived");
        assertThat(goals.goals()).isEmpty();

        goals.showArchivedProperty().set(true);
        assertThat(goals.goals())
                .singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo("Archived Mar 1, 2026"));

        goals.select(goals.goals().getFirst());
        goals.reactivate();
        goals.select(goals.goals().getFirst());
        goals.markAchieved();
        assertThat(kit.ledger.goals().list(false).getFirst().status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(goals.goals().getFirst().status()).isEqualTo("Achieved Mar 1, 2026");
    }

    @Test
    void aContributionThatCannotBeReadIsRefusedBeforeTheLedger() {
        typeTrip();
        goals.save();
        goals.select(goals.goals().getFirst());

        goals.contributionAmountProperty().set("ten");
        goals.contribute();
        assertThat(form.errorProperty().get()).isEqualTo("‘ten’ is not an amount");

        goals.contributionAmountProperty().set("0");
        goals.contribute();
        assertThat(form.errorProperty().get()).isEqualTo("A contribution cannot be zero");
        assertThat(kit.ledger
                        .goals()
                        .contributions(
                                goals.goals().getFirst().progress().goal().id()))
                .isEmpty();
    }
}
