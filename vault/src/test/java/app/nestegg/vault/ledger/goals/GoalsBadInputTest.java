package app.nestegg.vault.ledger.goals;

import static app.nestegg.vault.ledger.LedgerFixture.EUR;
import static app.nestegg.vault.ledger.LedgerFixture.JPY;
import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.LedgerInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad goal input is refused with a message naming its field, and nothing is written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalsBadInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate LATER = LocalDate.of(2027, 6, 1);

    LedgerFixture fx;
    Goals goals;
    Account savings;
    Account euros;
    Account closed;
    Account card;
    Goal saved;
    Goal linked;
    Goal archived;

    @BeforeAll
    void open(@TempDir Path folder) {
        fx = new LedgerFixture(folder);
        fx.vaults.clock.set(Instant.parse("2026-11-27T10:00:00Z"));
        goals = fx.ledger.goals();
        savings = fx.account("Savings", USD, "100");
        euros = fx.account("Euros", EUR, "100");
        closed = fx.account("Old", USD, "0");
        fx.ledger.accounts().close(closed.id());
        card = fx.ledger.accounts().add(AccountDraft.of("Card", AccountType.CREDIT_CARD, USD, BigDecimal.ZERO));
        saved = goals.add(GoalDraft.contributions("Holiday", new BigDecimal("500"), USD, LATER));
        goals.contribute(saved.id(), null, new BigDecimal("20"), null);
        linked = goals.add(GoalDraft.linked("House", new BigDecimal("500"), USD, null, List.of(savings.id())));
        archived = goals.add(GoalDraft.contributions("Old plan", BigDecimal.TEN, USD, null));
        goals.archive(archived.id());
    }

    @AfterAll
    void close() {
        fx.close();
    }

    record Case(String field, String message, Function<GoalsBadInputTest, ThrowingCallable> action) {}

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("an empty name", "name", "Name is empty", t -> () -> t.add("  ", "10", LATER)),
                bad(
                        "a name over 100 characters",
                        "name",
                        "101 characters",
                        t -> () -> t.add("x".repeat(101), "10", LATER)),
                bad("a name taken in another case", "name", "already exists", t -> () -> t.add("HOLIDAY", "10", LATER)),
                bad("a target of zero", "target", "greater than zero", t -> () -> t.add("New", "0", LATER)),
                bad("a negative target", "target", "greater than zero", t -> () -> t.add("New", "-5", LATER)),
                bad("no target", "target", "needs a target", t -> () -> t.add("New", null, LATER)),
                bad(
                        "a target with too many decimals",
                        "target",
                        "too many decimals",
                        t -> () -> t.add("New", "1.234", LATER)),
                bad(
                        "decimals on a yen target",
                        "target",
                        "too many decimals for JPY",
                        t -> () -> t.goals.add(GoalDraft.contributions("Yen", new BigDecimal("1.5"), JPY, null))),
                bad(
                        "a target date in the past",
                        "target date",
                        "not after today",
                        t -> () -> t.add("New", "10", TODAY.minusDays(1))),
                bad(
                        "a target date of today",
                        "target date",
                        "not after today (2026-11-27)",
                        t -> () -> t.add("New", "10", TODAY)),
                bad(
                        "a target date after 2199",
                        "target date",
                        "outside",
                        t -> () -> t.add("New", "10", LocalDate.of(2200, 1, 1))),
                bad(
                        "a past date given while editing",
                        "target date",
                        "not after today",
                        t -> () -> t.goals.update(
                                t.saved.id(),
                                GoalDraft.contributions("Holiday", new BigDecimal("500"), USD, TODAY.minusMonths(1)))),
                bad(
                        "no funding kind",
                        "funding",
                        "funding kind",
                        t -> () -> t.goals.add(new GoalDraft("New", BigDecimal.TEN, USD, null, null, List.of()))),
                bad("a linked goal without accounts", "account", "at least one account", t -> () -> t.linked()),
                bad("an unknown account", "account", "No account with id", t -> () -> t.linked(UUID.randomUUID())),
                bad("a closed account", "account", "'Old' is closed", t -> () -> t.linked(t.closed.id())),
                bad(
                        "a liability account",
                        "account",
                        "'Card' is a credit-card account",
                        t -> () -> t.linked(t.card.id())),
                bad(
                        "accounts on a contributions goal",
                        "account",
                        "has no linked accounts",
                        t -> () -> t.goals.add(new GoalDraft(
                                "New", BigDecimal.TEN, USD, null, GoalFunding.CONTRIBUTIONS, List.of(t.savings.id())))),
                bad(
                        "an account without a rate to the goal's currency",
                        "currency",
                        "no exchange rate to USD",
                        t -> () ->
                                t.goals.add(GoalDraft.linked("New", BigDecimal.TEN, USD, null, List.of(t.euros.id())))),
                bad(
                        "switching a goal with contributions to linked accounts",
                        "funding",
                        "has contributions",
                        t -> () -> t.goals.update(
                                t.saved.id(),
                                GoalDraft.linked("Holiday", BigDecimal.TEN, USD, LATER, List.of(t.savings.id())))),
                bad(
                        "changing the currency of a goal with contributions",
                        "currency",
                        "stays USD",
                        t -> () -> t.goals.update(
                                t.saved.id(), GoalDraft.contributions("Holiday", BigDecimal.TEN, EUR, LATER))),
                bad("a contribution of zero", "amount", "cannot be zero", t -> () -> t.contribute(t.saved, "0")),
                bad(
                        "a contribution with too many decimals",
                        "amount",
                        "too many decimals",
                        t -> () -> t.contribute(t.saved, "1.005")),
                bad(
                        "a withdrawal of more than saved",
                        "amount",
                        "less than nothing",
                        t -> () -> t.contribute(t.saved, "-20.01")),
                bad(
                        "a contribution to a linked goal",
                        "goal",
                        "linked accounts",
                        t -> () -> t.contribute(t.linked, "5")),
                bad(
                        "a contribution to an archived goal",
                        "goal",
                        "is archived",
                        t -> () -> t.contribute(t.archived, "5")),
                bad(
                        "a contribution dated after today",
                        "date",
                        "after today",
                        t -> () -> t.goals.contribute(t.saved.id(), TODAY.plusDays(1), BigDecimal.ONE, null)),
                bad(
                        "a contribution note over 200 characters",
                        "note",
                        "at most 200",
                        t -> () -> t.goals.contribute(t.saved.id(), null, BigDecimal.ONE, "n".repeat(201))),
                bad("an unknown goal", "goal", "No goal with id", t -> () -> t.goals.markAchieved(UUID.randomUUID())),
                bad("a goal name that does not exist", "goal", "No goal named 'Nope'", t -> () -> t.goals.find("Nope")),
                bad(
                        "an unknown contribution",
                        "contribution",
                        "No contribution",
                        t -> () -> t.goals.removeContribution(UUID.randomUUID())));
    }

    private static Arguments bad(
            String name, String field, String message, Function<GoalsBadInputTest, ThrowingCallable> action) {
        return Arguments.of(Named.of(name, new Case(field, message, action)));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void isRefusedWithItsFieldAndNothingIsWritten(Case bad) {
        int before = fx.changeLogSize();
        List<Goal> goalsBefore = goals.list(true);

        assertThatThrownBy(bad.action().apply(this))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining(bad.message())
                .extracting(e -> ((LedgerInputException) e).field())
                .isEqualTo(bad.field());

        assertThat(fx.changeLogSize()).isEqualTo(before);
        assertThat(goals.list(true)).isEqualTo(goalsBefore);
        assertThat(goals.contributions(saved.id())).hasSize(1);
    }

    void add(String name, String target, LocalDate date) {
        goals.add(GoalDraft.contributions(name, target == null ? null : new BigDecimal(target), USD, date));
    }

    void linked(UUID... accounts) {
        goals.add(GoalDraft.linked("New", BigDecimal.TEN, USD, null, List.of(accounts)));
    }

    void contribute(Goal goal, String amount) {
        goals.contribute(goal.id(), null, new BigDecimal(amount), null);
    }
}
