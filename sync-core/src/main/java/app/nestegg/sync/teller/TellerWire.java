package app.nestegg.sync.teller;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Teller's JSON objects as sent, only the fields the client reads (T3 of the bank API reference). */
final class TellerWire {

    private TellerWire() {}

    record Account(
            String id,
            Institution institution,
            String name,
            String type,
            String subtype,
            String currency,
            @JsonProperty("last_four") String lastFour,
            String status,
            Map<String, String> links) {

        boolean isCredit() {
            return "credit".equals(type);
        }

        boolean isClosed() {
            return "closed".equals(status);
        }

        boolean links(String resource) {
            return links != null && links.get(resource) != null;
        }
    }

    record Institution(String id, String name) {}

    record Balances(@JsonProperty("account_id") String accountId, String ledger, String available) {}

    record Transaction(
            String id,
            @JsonProperty("account_id") String accountId,
            String amount,
            String date,
            String description,
            String status,
            String type,
            Details details) {

        boolean isPending() {
            return "pending".equals(status);
        }
    }

    record Details(String category, Counterparty counterparty) {}

    record Counterparty(String name, String type) {}
}
