package app.nestegg.sync.fake.teller;

import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The fake's JSON in Teller's shapes (T3 and T8 of the bank API reference): money as strings, links as full URLs. */
final class FakeTellerJson {
    static final String ENROLLMENT_ID = "enr_fake0000000000000000";

    private FakeTellerJson() {}

    static String error(String code, String message) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.putObject("error").put("code", code).put("message", message);
        return write(root);
    }

    static String accounts(List<FakeTellerAccount> accounts, String base) {
        ArrayNode array = Json.mapper().createArrayNode();
        accounts.forEach(account -> array.add(account(account, base)));
        return write(array);
    }

    static ObjectNode account(FakeTellerAccount account, String base) {
        String self = base + "/accounts/" + account.id();
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", account.id())
                .put("enrollment_id", ENROLLMENT_ID)
                .put("name", account.name())
                .put("type", account.type())
                .put("subtype", account.subtype())
                .put("currency", "USD")
                .put("last_four", account.lastFour())
                .put("status", account.closed() ? "closed" : "open");
        node.putObject("institution").put("id", "maple_cu").put("name", "Maple Credit Union");
        ObjectNode links = node.putObject("links");
        links.put("self", self);
        if (account.type().equals("depository")) {
            links.put("details", self + "/details");
        }
        if (account.balancesSupported()) {
            links.put("balances", self + "/balances");
        }
        links.put("transactions", self + "/transactions");
        return node;
    }

    static String balances(FakeTellerAccount account, String base) {
        String self = base + "/accounts/" + account.id();
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("account_id", account.id()).put("ledger", account.ledger()).put("available", account.available());
        node.putObject("links").put("self", self + "/balances").put("account", self);
        return write(node);
    }

    static String transactions(List<FakeTellerTransaction> rows, FakeTellerAccount account, String base) {
        String accountUrl = base + "/accounts/" + account.id();
        ArrayNode array = Json.mapper().createArrayNode();
        for (FakeTellerTransaction row : rows) {
            ObjectNode node = array.addObject();
            node.put("id", row.id())
                    .put("account_id", account.id())
                    .put("amount", row.amount())
                    .put("date", row.date().toString())
                    .put("description", row.description())
                    .put("status", row.pending() ? "pending" : "posted")
                    .put("type", row.type());
            if (row.pending()) {
                node.putNull("running_balance");
            } else {
                node.put("running_balance", "1000.00");
            }
            ObjectNode details = node.putObject("details");
            details.put("processing_status", "complete").put("category", row.category());
            ObjectNode counterparty = details.putObject("counterparty");
            counterparty.put("name", row.counterparty());
            counterparty.put("type", row.counterparty() == null ? null : "organization");
            node.putObject("links")
                    .put("self", accountUrl + "/transactions/" + row.id())
                    .put("account", accountUrl);
        }
        return write(array);
    }

    private static String write(Object node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
