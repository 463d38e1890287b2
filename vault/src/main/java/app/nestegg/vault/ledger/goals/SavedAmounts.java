package app.nestegg.vault.ledger.goals;

import app.nestegg.vault.ledger.Balances;
import app.nestegg.vault.ledger.ExchangeRates;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.store.ChangeLog;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What counts as saved toward goals on a day. Linked balances are converted to the goal's currency at today's rate for
 * every day, so the pace measures saving rather than exchange-rate moves. Every account's balances on a day are read
 * once and shared by all goals.
 */
final class SavedAmounts {

    private final ChangeLog log;
    private final Balances balances;
    private final ExchangeRates rates;
    private final LocalDate today;
    private final Map<LocalDate, Map<UUID, Money>> balancesOn = new HashMap<>();

    SavedAmounts(ChangeLog log, Balances balances, ExchangeRates rates, LocalDate today) {
        this.log = log;
        this.balances = balances;
        this.rates = rates;
        this.today = today;
    }

    Money on(Goal goal, LocalDate day) {
        if (goal.funding() == GoalFunding.CONTRIBUTIONS) {
            long sum = log.read(dsl -> GoalRows.contributed(dsl, goal.id(), day));
            return new Money(sum, goal.target().currency());
        }
        Map<UUID, Money> all = balancesOn.computeIfAbsent(day, balances::balances);
        Money total = Money.zero(goal.target().currency());
        for (UUID account : goal.accountIds()) {
            Money balance = all.get(account);
            if (balance != null) {
                total = total.plus(rates.convert(balance, goal.target().currency(), today));
            }
        }
        return total;
    }

    GoalProgress progress(Goal goal) {
        return GoalMath.progress(goal, today, on(goal, today), on(goal, GoalMath.paceStart(today)));
    }
}
