package app.nestegg.cli;

import app.nestegg.vault.ledger.Rule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A rule as {@code rules list} and {@code rules add} show it: its conditions and actions in words, or as JSON. */
final class RuleText {

    private final Cli cli;
    private final LedgerNames names;

    RuleText(Cli cli, LedgerNames names) {
        this.cli = cli;
        this.names = names;
    }

    String conditions(Rule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.payeePattern() != null) {
            parts.add(cli.text("rules.when.payee." + rule.payeeMatch().name(), rule.payeePattern()));
        }
        if (rule.minAmount() != null) {
            parts.add(cli.text("rules.when.min", plain(rule.minAmount())));
        }
        if (rule.maxAmount() != null) {
            parts.add(cli.text("rules.when.max", plain(rule.maxAmount())));
        }
        if (rule.accountId() != null) {
            parts.add(cli.text("rules.when.account", names.account(rule.accountId())));
        }
        return String.join(", ", parts);
    }

    String actions(Rule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.setCategoryId() != null) {
            parts.add(cli.text("rules.then.category", names.category(rule.setCategoryId())));
        }
        if (rule.renamePayee() != null) {
            parts.add(cli.text("rules.then.rename", rule.renamePayee()));
        }
        if (rule.addTag() != null) {
            parts.add(cli.text("rules.then.tag", rule.addTag()));
        }
        return String.join(", ", parts);
    }

    ObjectNode json(Rule rule) {
        return cli.jsonObject()
                .put("id", rule.id().toString())
                .put("position", rule.position())
                .put("name", rule.name())
                .put(
                        "payee_match",
                        rule.payeeMatch() == null
                                ? null
                                : rule.payeeMatch().name().toLowerCase(Locale.ROOT))
                .put("payee_pattern", rule.payeePattern())
                .put("min_amount", plain(rule.minAmount()))
                .put("max_amount", plain(rule.maxAmount()))
                .put("account", names.account(rule.accountId()))
                .put("set_category", names.category(rule.setCategoryId()))
                .put("rename_payee", rule.renamePayee())
                .put("add_tag", rule.addTag())
                .put("enabled", rule.enabled());
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
