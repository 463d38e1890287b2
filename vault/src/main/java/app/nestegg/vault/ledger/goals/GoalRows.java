package app.nestegg.vault.ledger.goals;

import static app.nestegg.vault.store.generated.Tables.GOAL;
import static app.nestegg.vault.store.generated.Tables.GOAL_ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.GOAL_CONTRIBUTION;

import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.generated.tables.records.GoalContributionRecord;
import app.nestegg.vault.store.generated.tables.records.GoalRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads goal rows and turns them into {@link Goal}s and {@link Contribution}s. */
final class GoalRows {

    /** Active goals first, then achieved, then archived; within each, the nearest target date first, then by name. */
    static final Comparator<Goal> ORDER = Comparator.comparing(Goal::status)
            .thenComparing(Goal::targetDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(g -> g.name().toLowerCase(Locale.ROOT));

    private GoalRows() {}

    static GoalRecord record(DSLContext dsl, UUID id) {
        GoalRecord record =
                id == null ? null : dsl.selectFrom(GOAL).where(GOAL.ID.eq(id)).fetchOne();
        if (record == null) {
            throw new LedgerInputException("goal", "No goal with id " + id);
        }
        return record;
    }

    static List<Goal> goals(DSLContext dsl, Condition which) {
        Map<UUID, List<UUID>> links = dsl
                .select(GOAL_ACCOUNT.GOAL_ID, GOAL_ACCOUNT.ACCOUNT_ID)
                .from(GOAL_ACCOUNT)
                .orderBy(GOAL_ACCOUNT.ID)
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
        return dsl.selectFrom(GOAL).where(which).fetch().stream()
                .map(r -> goal(r, links.getOrDefault(r.getId(), List.of())))
                .sorted(ORDER)
                .toList();
    }

    static Goal goal(DSLContext dsl, UUID id) {
        GoalRecord record = record(dsl, id);
        return goal(record, linkedAccounts(dsl, id));
    }

    static List<UUID> linkedAccounts(DSLContext dsl, UUID goalId) {
        return dsl.select(GOAL_ACCOUNT.ACCOUNT_ID)
                .from(GOAL_ACCOUNT)
                .where(GOAL_ACCOUNT.GOAL_ID.eq(goalId))
                .orderBy(GOAL_ACCOUNT.ID)
                .fetch(GOAL_ACCOUNT.ACCOUNT_ID);
    }

    static Goal goal(GoalRecord r, List<UUID> accounts) {
        return new Goal(
                r.getId(),
                r.getName(),
                new Money(r.getTargetAmount(), Currency.getInstance(r.getCurrency())),
                r.getTargetDate(),
                GoalFunding.valueOf(r.getFunding()),
                GoalStatus.valueOf(r.getStatus()),
                r.getStatusOn(),
                accounts,
                r.getCreatedAt());
    }

    /** The sum of the goal's contributions dated on or before the day, in minor units. */
    static long contributed(DSLContext dsl, UUID goalId, LocalDate asOf) {
        BigDecimal sum = dsl.select(DSL.sum(GOAL_CONTRIBUTION.AMOUNT))
                .from(GOAL_CONTRIBUTION)
                .where(GOAL_CONTRIBUTION.GOAL_ID.eq(goalId))
                .and(GOAL_CONTRIBUTION.CONTRIBUTED_ON.le(asOf))
                .fetchOne(0, BigDecimal.class);
        return sum == null ? 0 : sum.longValueExact();
    }

    static Contribution contribution(GoalContributionRecord r, Currency currency) {
        return new Contribution(
                r.getId(), r.getGoalId(), r.getContributedOn(), new Money(r.getAmount(), currency), r.getNote());
    }

    static boolean nameTaken(DSLContext dsl, String name, UUID except) {
        Condition sameName = DSL.lower(GOAL.NAME).eq(name.toLowerCase(Locale.ROOT));
        return dsl.fetchExists(GOAL, except == null ? sameName : sameName.and(GOAL.ID.ne(except)));
    }
}
