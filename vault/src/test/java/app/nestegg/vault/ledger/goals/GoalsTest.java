package app.nestegg.vault.ledger.goals;

import static app.nestegg.vault.ledger.LedgerFixture.EUR;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goals on a real vault with the clock held at 2026-11-27: progress, needed per month, projection and status. */
class GoalsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    LedgerFixture fx;
    Goals goals;

    @BeforeEach
    void open(@TempDir Path folder) {
        fx = new LedgerFixture(folder);
        fx.vaults.clock.set(Instant.parse("2026-11-27T10:00:00Z"));
        goals = fx.ledger.goals();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void contributionsGoalShowsSavedNeededPerMonthAndProjection() {
        Goal trip = goals.add(GoalDraft.contributions("Trip", new BigDecimal("1200"), USD, LocalDate.of(2027, 5, 27)));
        goals.contribute(trip.id(), LocalDate.of(2026, 8, 1), new BigDecimal("100"), "before the window");
        goals.contribute(trip.id(), LocalDate.of(2026, 9, 15), new BigDecimal("150"), null);
        goals.contribute(trip.id(), TODAY, new BigDecimal("150"), "November");

        GoalProgress progress = goals.progress(trip.id());

        assertThat(progress.saved()).isEqualTo(usd(40000));
        assertThat(progress.remaining()).isEqualTo(usd(80000));
        assertThat(progress.percent()).isEqualTo(33);
        assertThat(progress.reached()).isFalse();
        assertThat(progress.monthsLeft()).isEqualTo(OptionalInt.of(6));
        assertThat(progress.neededPerMonth()).contains(usd(13334));
        // 300 saved in the 92 days since 27 August: 800 more takes 800 × 92 / 300 = 245.33, so 246 days
        assertThat(progress.monthlyPace()).isEqualTo(usd(10000));
        assertThat(progress.projectedCompletion()).contains(TODAY.plusDays(246));
        assertThat(progress.overdue()).isFalse();
    }

    @Test
    void linkedAccountsCountTheirBalancesConvertedToTheGoalsCurrency() {
        Account savings = fx.account("Savings", USD, "1000");
        Account euros = fx.account("Euros", EUR, "500");
        fx.ledger.rates().set(EUR, USD, LocalDate.of(2026, 11, 1), new BigDecimal("1.10"));
        fx.add(savings, "2026-10-10", "600", "Deposit");
        Goal house = goals.add(GoalDraft.linked(
                "House", new BigDecimal("5000"), null, LocalDate.of(2027, 11, 27), List.of(savings.id(), euros.id())));

        GoalProgress progress = goals.progress(house.id());

        assertThat(house.target().currency())
                .as("mixed currencies take the base currency")
                .isEqualTo(USD);
        assertThat(progress.saved()).isEqualTo(usd(100000 + 60000 + 55000));
        assertThat(progress.monthlyPace()).isEqualTo(usd(20000));
        assertThat(progress.neededPerMonth()).contains(usd(Math.ceilDiv(500000 - 215000, 12)));
    }

    @Test
    void aGoalLinkedToOneAccountTakesItsCurrency() {
        Account euros = fx.account("Euros", EUR, "500");

        Goal goal = goals.add(GoalDraft.linked("Car", new BigDecimal("9000"), null, null, List.of(euros.id())));

        assertThat(goal.target()).isEqualTo(new Money(900000, EUR));
        assertThat(goals.progress(goal.id()).neededPerMonth()).isEmpty();
    }

    @Test
    void aReachedGoalNeedsNothingMoreAndProjectsNothing() {
        Goal goal = goals.add(GoalDraft.contributions("Bike", new BigDecimal("300"), USD, TODAY.plusDays(3)));
        goals.contribute(goal.id(), null, new BigDecimal("350"), null);

        GoalProgress progress = goals.progress(goal.id());

        assertThat(progress.reached()).isTrue();
        assertThat(progress.fraction()).isEqualByComparingTo("1");
        assertThat(progress.remaining()).isEqualTo(usd(0));
        assertThat(progress.neededPerMonth()).contains(usd(0));
        assertThat(progress.projectedCompletion()).isEmpty();
        assertThat(goal.status()).as("reaching does not mark it achieved").isEqualTo(GoalStatus.ACTIVE);
    }

    @Test
    void aTargetDateThisMonthNeedsTheWholeRemainderAndTurnsOverdueOnceItPasses() {
        Goal goal = goals.add(GoalDraft.contributions("Gift", new BigDecimal("90"), USD, LocalDate.of(2026, 11, 30)));
        goals.contribute(goal.id(), null, new BigDecimal("30"), null);

        assertThat(goals.progress(goal.id()).monthsLeft()).isEqualTo(OptionalInt.of(1));
        assertThat(goals.progress(goal.id()).neededPerMonth()).contains(usd(6000));

        fx.vaults.clock.set(Instant.parse("2026-12-02T10:00:00Z"));
        GoalProgress late = goals.progress(goal.id());
        assertThat(late.monthsLeft()).isEqualTo(OptionalInt.of(0));
        assertThat(late.neededPerMonth()).contains(usd(6000));
        assertThat(late.overdue()).isTrue();
    }

    @Test
    void aWithdrawalLowersTheSavedAmountAndAShrinkingGoalHasNoProjection() {
        Goal goal = goals.add(GoalDraft.contributions("Fund", new BigDecimal("1000"), USD, null));
        goals.contribute(goal.id(), LocalDate.of(2026, 1, 1), new BigDecimal("500"), null);
        Contribution out = goals.contribute(goal.id(), TODAY, new BigDecimal("-200"), "car repair");

        GoalProgress progress = goals.progress(goal.id());
        assertThat(progress.saved()).isEqualTo(usd(30000));
        assertThat(progress.monthlyPace().signum()).isNegative();
        assertThat(progress.projectedCompletion()).isEmpty();

        goals.removeContribution(out.id());
        assertThat(goals.progress(goal.id()).saved()).isEqualTo(usd(50000));
        assertThat(goals.contributions(goal.id())).hasSize(1);
    }

    @Test
    void statusChangesKeepTheirDayAndArchivedGoalsLeaveTheUsualList() {
        Goal a = goals.add(GoalDraft.contributions("A", BigDecimal.TEN, USD, null));
        Goal b = goals.add(GoalDraft.contributions("B", BigDecimal.TEN, USD, LocalDate.of(2027, 1, 1)));
        Goal c = goals.add(GoalDraft.contributions("C", BigDecimal.TEN, USD, LocalDate.of(2026, 12, 1)));
        fx.vaults.clock.set(Instant.parse("2026-12-05T09:00:00Z"));

        assertThat(goals.markAchieved(a.id()).statusOn()).isEqualTo(LocalDate.of(2026, 12, 5));
        goals.archive(b.id());

        assertThat(goals.list(false)).extracting(Goal::name).containsExactly("C", "A");
        assertThat(goals.list(true)).extracting(Goal::name).containsExactly("C", "A", "B");
        assertThat(goals.reactivate(b.id()).status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(goals.list(false)).extracting(Goal::name).containsExactly("C", "B", "A");
        assertThat(goals.find("c").id()).isEqualTo(c.id());
    }

    @Test
    void editingKeepsAPassedDateAndReplacesLinks() {
        Account one = fx.account("One", USD, "100");
        Account two = fx.account("Two", USD, "200");
        Goal goal = goals.add(
                GoalDraft.linked("Roof", new BigDecimal("1000"), USD, LocalDate.of(2026, 12, 1), List.of(one.id())));
        fx.vaults.clock.set(Instant.parse("2026-12-10T09:00:00Z"));

        Goal edited = goals.update(
                goal.id(),
                GoalDraft.linked(
                        "New roof", new BigDecimal("1500"), USD, LocalDate.of(2026, 12, 1), List.of(two.id())));

        assertThat(edited.name()).isEqualTo("New roof");
        assertThat(edited.accountIds()).containsExactly(two.id());
        assertThat(goals.progress(goal.id()).saved()).isEqualTo(usd(20000));
    }

    @Test
    void deletingAGoalRemovesItsContributions() {
        Goal goal = goals.add(GoalDraft.contributions("Gone", BigDecimal.TEN, USD, null));
        goals.contribute(goal.id(), null, BigDecimal.ONE, null);

        goals.delete(goal.id());

        assertThat(goals.list(true)).isEmpty();
        int contributions = fx.session
                .database()
                .read(dsl -> dsl.fetchCount(app.nestegg.vault.store.generated.Tables.GOAL_CONTRIBUTION));
        assertThat(contributions).isZero();
    }

    @Test
    void everyWriteReachesTheChangeLog() {
        int before = fx.changeLogSize();
        Goal goal = goals.add(GoalDraft.contributions("Logged", BigDecimal.TEN, USD, null));
        goals.contribute(goal.id(), null, BigDecimal.ONE, null);

        assertThat(fx.changeLogSize()).isEqualTo(before + 2);
        assertThat(fx.ledger.changeLog().entriesFor("goal", goal.id())).hasSize(1);
        assertThat(Optional.of(goal.statusOn())).contains(TODAY);
    }

    private static Money usd(long minor) {
        return new Money(minor, USD);
    }
}
