package app.nestegg.sync.fake.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fake's fidelity, with raw HTTP: what it refuses and how, and that the validator sees wrong requests. */
class FakePlaidServerTest {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OkHttpClient http = new OkHttpClient();

    private record Answer(int status, JsonNode body) {
        String code() {
            return body.path("error_code").asText(null);
        }
    }

    private Answer post(String path, String body, boolean headers) throws IOException {
        Request.Builder request = new Request.Builder()
                .url(plaid.server().baseUrl() + path)
                .post(RequestBody.create(body.getBytes(), MediaType.get("application/json")))
                .header("Plaid-Version", "2020-09-14");
        if (headers) {
            request.header("PLAID-CLIENT-ID", FakePlaidServer.CLIENT_ID).header("PLAID-SECRET", FakePlaidServer.SECRET);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), JSON.readTree(response.body().string()));
        }
    }

    @Test
    void credentialsMayComeInTheBody() throws IOException {
        FakeItem item = plaid.server().createItem();
        String body = "{\"client_id\": \"" + FakePlaidServer.CLIENT_ID + "\", \"secret\": \"" + FakePlaidServer.SECRET
                + "\", \"access_token\": \"" + item.accessToken() + "\"}";

        assertThat(post("/accounts/get", body, false).status()).isEqualTo(200);
    }

    @Test
    void missingOrWrongCredentialsAreInvalidApiKeys() throws IOException {
        FakeItem item = plaid.server().createItem();
        String wrongSecret = "{\"client_id\": \"" + FakePlaidServer.CLIENT_ID + "\", \"secret\": \"nope\","
                + " \"access_token\": \"" + item.accessToken() + "\"}";

        Answer missing = post("/accounts/get", "{\"access_token\": \"" + item.accessToken() + "\"}", false);
        Answer wrong = post("/accounts/get", wrongSecret, false);

        assertThat(List.of(missing, wrong)).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.code()).isEqualTo("INVALID_API_KEYS");
            assertThat(a.body().path("error_type").asText()).isEqualTo("INVALID_INPUT");
            assertThat(a.body().has("display_message")).as("explicit null").isTrue();
            assertThat(a.body().get("display_message").isNull()).isTrue();
        });
        assertThat(plaid.server().takeValidationFailures())
                .as("the request without credentials breaks the spec's security block; the error answers conform")
                .hasSize(2)
                .allSatisfy(line ->
                        assertThat(line).contains(PlaidOpenApi.GlobalSecurityHeaders.KEY, "/accounts/get (HTTP 400)"));
    }

    @Test
    void onlyPostIsServed() throws IOException {
        Request get = new Request.Builder()
                .url(plaid.server().baseUrl() + "/accounts/get")
                .build();
        try (Response response = http.newCall(get).execute()) {
            assertThat(response.code()).isEqualTo(404);
        }
        assertThat(plaid.server().takeValidationFailures())
                .anySatisfy(line -> assertThat(line).contains("operation.notAllowed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "\"500\"", "12.5"})
    void countMustBeAnIntegerFrom1To500(String count) throws IOException {
        FakeItem item = plaid.server().createItem();

        Answer answer = post(
                "/transactions/sync",
                "{\"access_token\": \"" + item.accessToken() + "\", \"count\": " + count + "}",
                true);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_FIELD");
        assertThat(plaid.server().takeValidationFailures())
                .as("the validator reports the same wrong count in the request")
                .singleElement()
                .asString()
                .contains("validation.request.body.schema", "/count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ", \"cursor\": \"\"", ", \"cursor\": null"})
    void theFirstCursorMayBeOmittedEmptyOrNull(String cursor) throws IOException {
        FakeItem item = plaid.server().createItem();

        Answer answer =
                post("/transactions/sync", "{\"access_token\": \"" + item.accessToken() + "\"" + cursor + "}", true);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("added")).hasSize(item.transactions().size());
        if (cursor.contains("null")) {
            assertThat(plaid.server().takeValidationFailures())
                    .as("the spec types cursor as a non-nullable string; Plaid's clients send null anyway")
                    .singleElement()
                    .asString()
                    .contains("/cursor");
        }
    }

    @Test
    void theDefaultCountIs100AndNullableFieldsAreExplicit() throws IOException {
        FakeItem item = plaid.server().createEmptyItem("ins_109508");
        var account = item.addAccount("Checking", "depository", "checking", null, BigDecimal.ONE, null, null);
        item.generateTransactions(account.accountId(), 150, plaid.server().today());

        Answer answer = post("/transactions/sync", "{\"access_token\": \"" + item.accessToken() + "\"}", true);

        assertThat(answer.body().get("added")).hasSize(100);
        assertThat(answer.body().get("has_more").asBoolean()).isTrue();
        JsonNode row = answer.body().get("added").get(0);
        assertThat(row.has("pending_transaction_id")
                        && row.get("pending_transaction_id").isNull())
                .isTrue();
        assertThat(row.get("location").get("city").isNull()).isTrue();
        assertThat(row.get("payment_meta").get("payee").isNull()).isTrue();
        assertThat(answer.body().get("accounts").get(0).get("mask").isNull()).isTrue();
    }

    @Test
    void generatedTransactionsAreTheSameInEveryRun() {
        FakePlaidServer other = FakePlaidServer.builder().validate(false).start();
        try (other) {
            List<FakeTransaction> first = generate(plaid.server());
            List<FakeTransaction> second = generate(other);
            assertThat(first).isEqualTo(second);
            assertThat(first).extracting(FakeTransaction::transactionId).doesNotHaveDuplicates();
        }
    }

    private static List<FakeTransaction> generate(FakePlaidServer server) {
        FakeItem item = server.createEmptyItem("ins_109508");
        var account = item.addAccount("Checking", "depository", "checking", null, BigDecimal.ONE, null, null);
        return item.generateTransactions(account.accountId(), 1_000, server.today());
    }

    @Test
    void unknownFieldsAndAnotherApiVersionAreRefused() throws IOException {
        FakeItem item = plaid.server().createItem();

        Answer unknown =
                post("/accounts/get", "{\"access_token\": \"" + item.accessToken() + "\", \"verbose\": true}", true);

        assertThat(unknown.code()).isEqualTo("UNKNOWN_FIELDS");
        assertThat(plaid.server().takeValidationFailures())
                .singleElement()
                .asString()
                .contains("verbose");
    }

    @Test
    void aSandboxPublicTokenNeedsAKnownInstitution() throws IOException {
        Answer answer = post(
                "/sandbox/public_token/create",
                "{\"institution_id\": \"ins_1\", \"initial_products\": [\"transactions\"]}",
                true);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_INSTITUTION");
    }
}
