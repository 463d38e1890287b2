package app.nestegg.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaidErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProviderException parse(int status, String body) {
        return PlaidErrors.fromErrorResponse(
                "/x", status, "application/json", body.getBytes(StandardCharsets.UTF_8), JSON, Set.of("s3cret"));
    }

    @ParameterizedTest(name = "{1} {2} (HTTP {0}) is {3}")
    @CsvSource({
        "400, ITEM_ERROR, ITEM_LOGIN_REQUIRED, LOGIN_REQUIRED",
        "429, RATE_LIMIT_EXCEEDED, TRANSACTIONS_SYNC_LIMIT, RATE_LIMITED",
        "429, RATE_LIMIT_EXCEEDED, RATE_LIMIT, RATE_LIMITED",
        "400, INSTITUTION_ERROR, INSTITUTION_DOWN, OUTAGE",
        "400, INSTITUTION_ERROR, INSTITUTION_NOT_RESPONDING, OUTAGE",
        "500, API_ERROR, INTERNAL_SERVER_ERROR, OUTAGE",
        "503, API_ERROR, PLANNED_MAINTENANCE, OUTAGE",
        "502, INVALID_RESULT, SOMETHING, OUTAGE",
        "400, TRANSACTIONS_ERROR, TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION, CHANGED_DURING_PAGINATION",
        "400, ITEM_ERROR, ITEM_NOT_FOUND, ACCESS_REVOKED",
        "400, INVALID_INPUT, INVALID_ACCESS_TOKEN, ACCESS_REVOKED",
        "400, INVALID_INPUT, INVALID_API_KEYS, BAD_CREDENTIALS",
        "400, INVALID_REQUEST, INVALID_FIELD, OTHER",
        "400, ITEM_ERROR, PRODUCT_NOT_READY, OTHER",
        "400, INVALID_INPUT, INVALID_PUBLIC_TOKEN, OTHER"
    })
    void plaidErrorsMapToFailures(int status, String type, String code, ProviderFailure failure) {
        ProviderException e = parse(
                status,
                "{\"error_type\":\"" + type + "\",\"error_code\":\"" + code + "\",\"error_message\":\"m\","
                        + "\"display_message\":null,\"request_id\":\"req1\"}");

        assertThat(e.failure()).isEqualTo(failure);
        assertThat(e.errorType()).isEqualTo(type);
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.requestId()).isEqualTo("req1");
        assertThat(e.displayMessage()).isNull();
        assertThat(PlaidErrors.failureFor(status, type, code)).isEqualTo(failure);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "502 | <html><body>Bad Gateway</body></html>",
                "500 | {\"error_type\": \"API_ERROR\"",
                "400 | {\"message\": \"not a Plaid error\"}",
                "503 | ''",
                "400 | [1, 2]"
            })
    void bodiesThatAreNotPlaidErrorsAreMalformedWithTheStatus(int status, String body) {
        ProviderException e = parse(status, body);

        assertThat(e.failure()).isEqualTo(ProviderFailure.MALFORMED_RESPONSE);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.getMessage()).contains("HTTP " + status).doesNotContain("Bad Gateway");
    }

    @Test
    void plaidsTextsAreKeptWithSecretsHidden() {
        ProviderException e = parse(
                400,
                "{\"error_type\":\"INVALID_INPUT\",\"error_code\":\"INVALID_FIELD\",\"error_message\":\"secret"
                        + " s3cret is wrong\",\"display_message\":\"Try s3cret again\",\"request_id\":\"r\"}");

        assertThat(e.getMessage()).contains("secret [hidden] is wrong").doesNotContain("s3cret");
        assertThat(e.displayMessage()).isEqualTo("Try [hidden] again");
    }

    @Test
    void noAnswerIsANetworkFailure() {
        ProviderException timeout = PlaidErrors.network("/x", new SocketTimeoutException("timeout"));
        ProviderException refused = PlaidErrors.network("/x", new ConnectException("Connection refused"));
        ProviderException broken = PlaidErrors.network("/x", new IOException("unexpected end of stream"));

        assertThat(java.util.List.of(timeout, refused, broken)).allSatisfy(e -> {
            assertThat(e.failure()).isEqualTo(ProviderFailure.NETWORK);
            assertThat(e.httpStatus()).isZero();
            assertThat(e.failure().isTransient()).isTrue();
        });
        assertThat(timeout.getMessage()).contains("timed out");
        assertThat(refused.getMessage()).contains("Connection refused");
    }
}
