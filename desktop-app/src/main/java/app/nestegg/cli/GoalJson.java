package app.nestegg.cli;

import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.goals.Goal;
import app.nestegg.vault.ledger.goals.GoalProgress;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** A goal with its progress as the JSON output gives it; the field names are documented in docs/cli.md. */
final class GoalJson {

    private GoalJson() {}

    static ObjectNode of(Cli cli, GoalProgress progress, LedgerNames names) {
        Goal goal = progress.goal();
        ObjectNode node = cli.jsonObject()
                .put("id", goal.id().toString())
                .put("name", goal.name())
                .put("status", goal.status().name().toLowerCase(Locale.ROOT))
                .put("status_on", goal.statusOn().toString())
                .put("funding", goal.funding().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("currency", goal.target().currency().getCurrencyCode())
                .put("target", goal.target().toPlainString())
                .put("target_date", text(goal.targetDateIfAny()))
                .put("saved", progress.saved().toPlainString())
                .put("remaining", progress.remaining().toPlainString())
                .put("fraction", progress.fraction())
                .put("reached", progress.reached())
                .put("overdue", progress.overdue());
        if (progress.monthsLeft().isPresent()) {
            node.put("months_left", progress.monthsLeft().getAsInt());
        } else {
            node.putNull("months_left");
        }
        node.put(
                        "needed_per_month",
                        progress.neededPerMonth().map(Money::toPlainString).orElse(null))
                .put("monthly_pace", progress.monthlyPace().toPlainString())
                .put("projected_completion", text(progress.projectedCompletion()));
        ArrayNode accounts = node.putArray("accounts");
        goal.accountIds().forEach(id -> accounts.add(names.account(id)));
        return node;
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
