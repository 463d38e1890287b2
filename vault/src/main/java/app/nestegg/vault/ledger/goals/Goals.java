package app.nestegg.vault.ledger.goals;

import static app.nestegg.vault.store.generated.Tables.GOAL;
import static app.nestegg.vault.store.generated.Tables.GOAL_ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.GOAL_CONTRIBUTION;

import app.nestegg.vault.ledger.Accounts;
import app.nestegg.vault.ledger.Balances;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.LedgerText;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.GoalAccountRecord;
import app.nestegg.vault.store.generated.tables.records.GoalContributionRecord;
import app.nestegg.vault.store.generated.tables.records.GoalRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.impl.DSL;

/**
 * Savings goals: a target amount in one currency, an optional date, and what counts as saved (linked asset accounts'
 * balances, or contributions). Names are 1 to 100 characters and unique ignoring case. Every day is the ledger clock's
 * today; every refusal is a {@link LedgerInputException} naming its field, with nothing written.
 */
public final class Goals {

    static final int MAX_NOTE = 200;

    private final ChangeLog log;
    private final Balances balances;
    private final ExchangeRates rates;
    private final Clock clock;
    private final GoalDraftCheck check;

    public Goals(ChangeLog log, Accounts accounts, Balances balances, ExchangeRates rates, Clock clock) {
        this.log = log;
        this.balances = balances;
        this.rates = rates;
        this.clock = clock;
        this.check = new GoalDraftCheck(accounts, rates);
    }

    public Goal add(GoalDraft draft) {
        LocalDate today = today();
        GoalDraftCheck.Checked checked = check.check(draft, null, today);
        return log.write(w -> {
            refuseTakenName(w, checked.name(), null);
            GoalRecord record = new GoalRecord();
            record.setId(Ids.newId());
            record.setStatus(GoalStatus.ACTIVE.name());
            record.setStatusOn(today);
            record.setCreatedAt(clock.instant());
            fill(record, checked);
            w.insert(record);
            link(w, record.getId(), checked.accountIds(), List.of());
            return GoalRows.goal(w.dsl(), record.getId());
        });
    }

    /**
     * Changes a goal's name, target, date, funding and links. A goal with contributions keeps its currency and its
     * funding by contributions; linking accounts instead drops nothing silently.
     */
    public Goal update(UUID id, GoalDraft draft) {
        Goal before = get(id);
        GoalDraftCheck.Checked checked = check.check(draft, before, today());
        return log.write(w -> {
            GoalRecord record = GoalRows.record(w.dsl(), id);
            refuseTakenName(w, checked.name(), id);
            boolean hasContributions = w.dsl().fetchExists(GOAL_CONTRIBUTION, GOAL_CONTRIBUTION.GOAL_ID.eq(id));
            if (hasContributions && checked.funding() != GoalFunding.CONTRIBUTIONS) {
                throw new LedgerInputException(
                        "funding",
                        "Goal '" + record.getName() + "' has contributions; remove them before counting linked"
                                + " accounts instead");
            }
            if (hasContributions
                    && !checked.target().currency().getCurrencyCode().equals(record.getCurrency())) {
                throw new LedgerInputException(
                        "currency",
                        "Goal '" + record.getName() + "' has contributions in " + record.getCurrency()
                                + ", so its currency stays " + record.getCurrency());
            }
            fill(record, checked);
            w.update(record);
            link(w, id, checked.accountIds(), GoalRows.linkedAccounts(w.dsl(), id));
            return GoalRows.goal(w.dsl(), id);
        });
    }

    /**
     * Records money put toward a goal funded by contributions (or, negative, taken from it).
     *
     * @param date null for today; never after today
     */
    public Contribution contribute(UUID goalId, LocalDate date, BigDecimal amount, String note) {
        LocalDate today = today();
        LocalDate day = date == null ? today : LedgerText.date(date, "date");
        if (day.isAfter(today)) {
            throw new LedgerInputException(
                    "date", "A contribution cannot be dated after today (" + today + "): " + day);
        }
        String cleanNote = LedgerText.optional(note, "note", MAX_NOTE);
        return log.write(w -> {
            Goal goal = GoalRows.goal(w.dsl(), goalId);
            if (goal.funding() != GoalFunding.CONTRIBUTIONS) {
                throw new LedgerInputException(
                        "goal",
                        "Goal '" + goal.name() + "' counts the balances of its linked accounts; contributions are"
                                + " for goals funded by contributions");
            }
            if (goal.status() == GoalStatus.ARCHIVED) {
                throw new LedgerInputException(
                        "goal", "Goal '" + goal.name() + "' is archived; unarchive it to contribute");
            }
            if (amount == null || amount.signum() == 0) {
                throw new LedgerInputException("amount", "A contribution cannot be zero");
            }
            Money money = Money.of(amount, goal.target().currency(), "amount");
            long savedAfter = GoalRows.contributed(w.dsl(), goalId, LedgerText.LATEST) + money.minor();
            if (money.signum() < 0 && savedAfter < 0) {
                throw new LedgerInputException(
                        "amount",
                        "Taking " + money.negate() + " from goal '" + goal.name() + "' would leave less than nothing"
                                + " saved");
            }
            GoalContributionRecord record = new GoalContributionRecord();
            record.setId(Ids.newId());
            record.setGoalId(goalId);
            record.setContributedOn(day);
            record.setAmount(money.minor());
            record.setNote(cleanNote);
            record.setCreatedAt(clock.instant());
            w.insert(record);
            return GoalRows.contribution(record, money.currency());
        });
    }

    public void removeContribution(UUID contributionId) {
        log.write(w -> {
            GoalContributionRecord record = contributionId == null
                    ? null
                    : w.dsl()
                            .selectFrom(GOAL_CONTRIBUTION)
                            .where(GOAL_CONTRIBUTION.ID.eq(contributionId))
                            .fetchOne();
            if (record == null) {
                throw new LedgerInputException("contribution", "No contribution with id " + contributionId);
            }
            w.delete(record);
            return null;
        });
    }

    /** The goal's contributions, newest first. */
    public List<Contribution> contributions(UUID goalId) {
        return log.read(dsl -> {
            GoalRecord goal = GoalRows.record(dsl, goalId);
            java.util.Currency currency = java.util.Currency.getInstance(goal.getCurrency());
            return dsl.selectFrom(GOAL_CONTRIBUTION)
                    .where(GOAL_CONTRIBUTION.GOAL_ID.eq(goalId))
                    .orderBy(GOAL_CONTRIBUTION.CONTRIBUTED_ON.desc(), GOAL_CONTRIBUTION.ID.desc())
                    .fetch(r -> GoalRows.contribution(r, currency));
        });
    }

    /** Marks the goal achieved today, whether or not the target is reached (the thing may have been bought). */
    public Goal markAchieved(UUID id) {
        return setStatus(id, GoalStatus.ACHIEVED);
    }

    public Goal archive(UUID id) {
        return setStatus(id, GoalStatus.ARCHIVED);
    }

    /** Makes an achieved or archived goal active again. */
    public Goal reactivate(UUID id) {
        return setStatus(id, GoalStatus.ACTIVE);
    }

    /** Deletes the goal with its links and contributions. */
    public void delete(UUID id) {
        log.write(w -> {
            GoalRecord record = GoalRows.record(w.dsl(), id);
            w.dsl()
                    .selectFrom(GOAL_ACCOUNT)
                    .where(GOAL_ACCOUNT.GOAL_ID.eq(id))
                    .fetch()
                    .forEach(w::delete);
            w.dsl()
                    .selectFrom(GOAL_CONTRIBUTION)
                    .where(GOAL_CONTRIBUTION.GOAL_ID.eq(id))
                    .fetch()
                    .forEach(w::delete);
            w.delete(record);
            return null;
        });
    }

    /** Active goals, then achieved ones, then (when asked) archived ones; nearest target date first. */
    public List<Goal> list(boolean includeArchived) {
        return log.read(dsl -> GoalRows.goals(
                dsl, includeArchived ? DSL.trueCondition() : GOAL.STATUS.ne(GoalStatus.ARCHIVED.name())));
    }

    public Goal get(UUID id) {
        return log.read(dsl -> GoalRows.goal(dsl, id));
    }

    /** The goal with this name (any case) or id; refused with the name when there is none. */
    public Goal find(String nameOrId) {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        return log.read(dsl -> {
            UUID id = dsl.select(GOAL.ID)
                    .from(GOAL)
                    .where(DSL.lower(GOAL.NAME).eq(wanted.toLowerCase(Locale.ROOT)))
                    .fetchOne(GOAL.ID);
            if (id == null) {
                id = parseId(wanted);
            }
            if (id == null || !dsl.fetchExists(GOAL, GOAL.ID.eq(id))) {
                throw new LedgerInputException("goal", "No goal named '" + wanted + "'");
            }
            return GoalRows.goal(dsl, id);
        });
    }

    public GoalProgress progress(UUID id) {
        return new SavedAmounts(log, balances, rates, today()).progress(get(id));
    }

    /** The progress of every goal {@link #list} returns, in that order. */
    public List<GoalProgress> progress(boolean includeArchived) {
        SavedAmounts saved = new SavedAmounts(log, balances, rates, today());
        List<GoalProgress> progress = new ArrayList<>();
        for (Goal goal : list(includeArchived)) {
            progress.add(saved.progress(goal));
        }
        return progress;
    }

    private Goal setStatus(UUID id, GoalStatus status) {
        LocalDate today = today();
        return log.write(w -> {
            GoalRecord record = GoalRows.record(w.dsl(), id);
            if (!record.getStatus().equals(status.name())) {
                record.setStatus(status.name());
                record.setStatusOn(today);
                w.update(record);
            }
            return GoalRows.goal(w.dsl(), id);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void fill(GoalRecord record, GoalDraftCheck.Checked checked) {
        record.setName(checked.name());
        record.setTargetAmount(checked.target().minor());
        record.setCurrency(checked.target().currency().getCurrencyCode());
        record.setTargetDate(checked.targetDate());
        record.setFunding(checked.funding().name());
    }

    /** Adds the wanted links that are missing and deletes those no longer wanted. */
    private static void link(ChangeWriter w, UUID goalId, List<UUID> wanted, List<UUID> existing) {
        for (GoalAccountRecord gone : w.dsl()
                .selectFrom(GOAL_ACCOUNT)
                .where(GOAL_ACCOUNT.GOAL_ID.eq(goalId))
                .and(GOAL_ACCOUNT.ACCOUNT_ID.notIn(wanted))
                .fetch()) {
            w.delete(gone);
        }
        for (UUID account : wanted) {
            if (!existing.contains(account)) {
                GoalAccountRecord link = new GoalAccountRecord();
                link.setId(Ids.newId());
                link.setGoalId(goalId);
                link.setAccountId(account);
                w.insert(link);
            }
        }
    }

    private static void refuseTakenName(ChangeWriter w, String name, UUID except) {
        if (GoalRows.nameTaken(w.dsl(), name, except)) {
            throw new LedgerInputException("name", "A goal named '" + name + "' already exists");
        }
    }

    private static UUID parseId(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
