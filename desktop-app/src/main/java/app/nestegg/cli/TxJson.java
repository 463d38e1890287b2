package app.nestegg.cli;

import app.nestegg.vault.ledger.Split;
import app.nestegg.vault.ledger.Transaction;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A transaction as the JSON output gives it; the field names are documented in docs/cli.md and stay stable. A split
 * transaction has {@code category: null} and its parts in {@code splits}; others have an empty {@code splits}.
 */
final class TxJson {

    private final Cli cli;
    private final LedgerNames names;

    TxJson(Cli cli, LedgerNames names) {
        this.cli = cli;
        this.names = names;
    }

    ObjectNode of(Transaction transaction) {
        ObjectNode node = cli.jsonObject()
                .put("id", transaction.id().toString())
                .put("date", transaction.date().toString())
                .put("account", names.account(transaction.accountId()))
                .put("payee", transaction.payee())
                .put("category", names.category(transaction.categoryId()))
                .put("amount", transaction.amount().toPlainString())
                .put("currency", transaction.amount().currency().getCurrencyCode())
                .put("memo", transaction.memo())
                .put("status", transaction.status().name().toLowerCase(Locale.ROOT))
                .put("transfer_account", names.account(transaction.transferAccountId()));
        ArrayNode splits = node.putArray("splits");
        for (Split split : transaction.splits()) {
            splits.addObject()
                    .put("category", names.category(split.categoryId()))
                    .put("amount", split.amount().toPlainString());
        }
        ArrayNode tags = node.putArray("tags");
        transaction.tags().forEach(tags::add);
        return node;
    }
}
