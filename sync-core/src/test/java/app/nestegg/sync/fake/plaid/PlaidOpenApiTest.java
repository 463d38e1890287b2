package app.nestegg.sync.fake.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validation bites: wrong requests and wrong answers are reported, right ones are not. */
class PlaidOpenApiTest {

    private static final Map<String, List<String>> HEADERS = Map.of(
            "Content-Type", List.of("application/json"),
            "PLAID-CLIENT-ID", List.of("client"),
            "PLAID-SECRET", List.of("secret"),
            "Plaid-Version", List.of("2020-09-14"));

    private static final String TRANSACTION = """
            {"account_id": "A", "account_owner": null, "amount": 12.5, "iso_currency_code": "USD",
             "unofficial_currency_code": null, "check_number": null, "counterparties": [], "date": "2026-03-01",
             "datetime": null, "authorized_date": null, "authorized_datetime": null,
             "location": {"address": null, "city": null, "region": null, "postal_code": null, "country": null,
                          "lat": null, "lon": null, "store_number": null},
             "name": "Coffee", "merchant_name": null, "merchant_entity_id": null, "logo_url": null, "website": null,
             "payment_meta": {"by_order_of": null, "payee": null, "payer": null, "payment_method": null,
                              "payment_processor": null, "ppd_id": null, "reason": null, "reference_number": null},
             "payment_channel": "in store", "pending": false, "pending_transaction_id": null,
             "personal_finance_category": null, "transaction_id": "T", "transaction_code": null}
            """;

    private static String syncAnswer(String transaction) {
        return """
                {"transactions_update_status": "HISTORICAL_UPDATE_COMPLETE", "accounts": [], "added": [%s],
                 "modified": [], "removed": [], "next_cursor": "abc", "has_more": false, "request_id": "R"}
                """.formatted(transaction);
    }

    private static List<String> sync(Map<String, List<String>> headers, String request, String answer) {
        return PlaidOpenApi.get()
                .problems("POST", "/transactions/sync", headers, request, 200, "application/json", answer);
    }

    @Test
    void theSpecIsTheOneTheReadmeNames() {
        assertThat(PlaidOpenApi.get().specVersion()).isEqualTo(PlaidOpenApi.SPEC_VERSION);
    }

    @Test
    void aConformingExchangePasses() {
        assertThat(sync(HEADERS, "{\"access_token\": \"access-sandbox-x\", \"count\": 500}", syncAnswer(TRANSACTION)))
                .isEmpty();
    }

    @Test
    void aCountSentAsAStringIsReported() {
        assertThat(sync(HEADERS, "{\"access_token\": \"access-sandbox-x\", \"count\": \"500\"}", syncAnswer("")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("validation.request.body.schema.type")
                .contains("/count");
    }

    @Test
    void aCountAboveTheMaximumIsReported() {
        assertThat(sync(HEADERS, "{\"access_token\": \"access-sandbox-x\", \"count\": 501}", syncAnswer("")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("validation.request.body.schema.maximum");
    }

    @Test
    void aMissingRequiredRequestFieldIsReported() {
        assertThat(sync(HEADERS, "{\"count\": 100}", syncAnswer("")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("validation.request.body.schema.required")
                .contains("access_token");
    }

    @Test
    void anUnknownRequestFieldIsReported() {
        assertThat(sync(HEADERS, "{\"access_token\": \"a\", \"page_size\": 5}", syncAnswer("")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("additionalProperties")
                .contains("page_size");
    }

    @Test
    void aTransactionWithoutItsRequiredNullableFieldsIsReported() {
        String bare = "{\"account_id\": \"A\", \"amount\": 1, \"iso_currency_code\": null,"
                + " \"unofficial_currency_code\": null, \"date\": \"2026-03-01\", \"pending\": false,"
                + " \"transaction_id\": \"T\"}";
        assertThat(sync(HEADERS, "{\"access_token\": \"a\"}", syncAnswer(bare)))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("/added/0")
                .contains("location")
                .contains("payment_meta")
                .contains("pending_transaction_id");
    }

    @Test
    void anAmountSentAsAStringIsReported() {
        assertThat(sync(HEADERS, "{\"access_token\": \"a\"}", syncAnswer(TRANSACTION.replace("12.5", "\"12.5\""))))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("amount");
    }

    @Test
    void aMissingRequiredArrayInTheAnswerIsReported() {
        assertThat(sync(HEADERS, "{\"access_token\": \"a\"}", syncAnswer("").replace("\"removed\": [],", "")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("validation.response.body.schema.required")
                .contains("removed");
    }

    @Test
    void anErrorWithoutItsNullableDisplayMessageIsReported() {
        String error = "{\"error_type\": \"ITEM_ERROR\", \"error_code\": \"ITEM_NOT_FOUND\", \"error_message\": \"x\","
                + " \"request_id\": \"R\"}";
        assertThat(PlaidOpenApi.get()
                        .problems(
                                "POST",
                                "/item/get",
                                HEADERS,
                                "{\"access_token\": \"a\"}",
                                400,
                                "application/json",
                                error))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("display_message");
        assertThat(PlaidOpenApi.get()
                        .problems(
                                "POST",
                                "/item/get",
                                HEADERS,
                                "{\"access_token\": \"a\"}",
                                400,
                                "application/json",
                                error.replace("}", ", \"display_message\": null}")))
                .isEmpty();
    }

    @Test
    void missingCredentialHeadersAreReportedUnlessTheBodyCarriesThem() {
        Map<String, List<String>> versionOnly =
                Map.of("Content-Type", List.of("application/json"), "Plaid-Version", List.of("2020-09-14"));

        assertThat(sync(versionOnly, "{\"access_token\": \"a\"}", syncAnswer("")))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith(PlaidOpenApi.GlobalSecurityHeaders.KEY))
                .anySatisfy(line -> assertThat(line).contains("PLAID-CLIENT-ID"))
                .anySatisfy(line -> assertThat(line).contains("PLAID-SECRET"));
        assertThat(sync(
                        versionOnly,
                        "{\"access_token\": \"a\", \"client_id\": \"c\", \"secret\": \"s\"}",
                        syncAnswer("")))
                .isEmpty();
    }

    @Test
    void aMissingPlaidVersionHeaderIsReported() {
        Map<String, List<String>> noVersion = Map.of(
                "Content-Type", List.of("application/json"),
                "PLAID-CLIENT-ID", List.of("client"),
                "PLAID-SECRET", List.of("secret"));

        assertThat(sync(noVersion, "{\"access_token\": \"a\"}", syncAnswer("")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Plaid-Version");
    }

    @Test
    void anUnknownPathIsReported() {
        assertThat(PlaidOpenApi.get()
                        .problems("POST", "/transactions/pages", HEADERS, "{}", 404, "application/json", "{}"))
                .anySatisfy(line -> assertThat(line).startsWith("validation.request.path.missing"));
    }
}
