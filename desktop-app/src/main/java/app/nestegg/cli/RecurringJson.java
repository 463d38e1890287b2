package app.nestegg.cli;

import app.nestegg.vault.ledger.recurring.Cadence;
import app.nestegg.vault.ledger.recurring.EntryMode;
import app.nestegg.vault.ledger.recurring.ExpectedItem;
import app.nestegg.vault.ledger.recurring.RecurringSeries;
import app.nestegg.vault.ledger.recurring.ScheduledTransaction;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Detected series, scheduled transactions and upcoming days as {@code recurring list --json} gives them; the field
 * names are documented in docs/cli.md. Cadences and modes are lower case with hyphens, as the options take them.
 */
final class RecurringJson {

    private RecurringJson() {}

    static ObjectNode series(Cli cli, RecurringSeries s, LedgerNames names) {
        return cli.jsonObject()
                .put("id", s.id().toString())
                .put("payee", s.payee())
                .put("account", names.account(s.accountId()))
                .put("currency", s.nextAmount().currency().getCurrencyCode())
                .put("cadence", cadence(s.cadence()))
                .put("typical_amount", s.typicalAmount().toPlainString())
                .put("next_amount", s.nextAmount().toPlainString())
                .put("next_date", s.nextDate().toString())
                .put("occurrences", s.occurrences())
                .put("last_seen", s.lastSeen().toString())
                .put("state", s.state().name().toLowerCase(Locale.ROOT));
    }

    static ObjectNode scheduled(Cli cli, ScheduledTransaction s, LedgerNames names) {
        return cli.jsonObject()
                .put("id", s.id().toString())
                .put("payee", s.payee())
                .put("account", names.account(s.accountId()))
                .put("category", names.category(s.categoryId()))
                .put("currency", s.amount().currency().getCurrencyCode())
                .put("amount", s.amount().toPlainString())
                .put("cadence", cadence(s.cadence()))
                .put("next_due", s.nextDue().toString())
                .put("mode", mode(s.mode()));
    }

    static ObjectNode upcoming(Cli cli, ExpectedItem item, LedgerNames names) {
        return cli.jsonObject()
                .put("date", item.date().toString())
                .put("scheduled_id", item.scheduledId().toString())
                .put("payee", item.payee())
                .put("account", names.account(item.accountId()))
                .put("currency", item.amount().currency().getCurrencyCode())
                .put("amount", item.amount().toPlainString());
    }

    static String cadence(Cadence cadence) {
        return cadence.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String mode(EntryMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
