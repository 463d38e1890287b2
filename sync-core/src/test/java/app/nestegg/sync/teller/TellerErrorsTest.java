package app.nestegg.sync.teller;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderKind;
import java.io.IOException;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TellerErrorsTest {

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource({
        "404, enrollment.disconnected, The enrollment is disconnected., LOGIN_REQUIRED",
        "404, enrollment.disconnected.user_action.mfa_required, Complete MFA., LOGIN_REQUIRED",
        "403, enrollment.disconnected.credentials_invalid, Credentials changed., LOGIN_REQUIRED",
        "410, account.closed, The account is closed., OTHER",
        "410, account.closed.by_customer, The account is closed., OTHER",
        "400, bad_request, Client certificate missing; resend the request., BAD_CREDENTIALS",
        "400, bad_request, The count is not a number., OTHER",
        "401, unauthorized, Missing token., ACCESS_REVOKED",
        "403, forbidden, Token revoked., ACCESS_REVOKED",
        "429, too_many_requests, Slow down., RATE_LIMITED",
        "502, bank_unavailable, The bank is down., OUTAGE",
        "503, unavailable, Maintenance., OUTAGE",
        "404, account_number_verification_pending, Pending., OTHER",
        "422, invalid_body, Bad body., OTHER"
    })
    void codeDecidesBeforeStatus(int status, String code, String message, ProviderFailure expected) {
        String body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";

        ProviderException failure = TellerErrors.fromResponse(status, body, "GET /accounts");

        assertThat(failure.failure()).isEqualTo(expected);
        assertThat(failure.errorCode()).isEqualTo(code);
        assertThat(failure.displayMessage()).isEqualTo(message);
        assertThat(failure.httpStatus()).isEqualTo(status);
        assertThat(failure.provider()).isEqualTo(ProviderKind.TELLER);
        assertThat(failure.getMessage()).contains("GET /accounts", String.valueOf(status), code);
    }

    @ParameterizedTest(name = "HTTP {0} with body ''{1}'' -> {2}")
    @CsvSource({
        "502, <html>Bad gateway</html>, OUTAGE",
        "429, '', RATE_LIMITED",
        "403, null, ACCESS_REVOKED",
        "404, '{\"error\":42}', OTHER"
    })
    void unreadableErrorBodiesAreClassifiedByStatus(int status, String body, ProviderFailure expected) {
        ProviderException failure = TellerErrors.fromResponse(status, body, "GET /accounts");

        assertThat(failure.failure()).isEqualTo(expected);
        assertThat(failure.errorCode()).isNull();
    }

    @Test
    void timeoutIsANetworkFailure() {
        ProviderException failure = TellerErrors.network(new SocketTimeoutException("timeout"), "GET /accounts");

        assertThat(failure.failure()).isEqualTo(ProviderFailure.NETWORK);
        assertThat(failure.httpStatus()).isZero();
        assertThat(failure.getMessage()).contains("GET /accounts timed out");
    }

    @Test
    void refusedHandshakeIsANetworkFailureThatSaysTls() {
        ProviderException failure =
                TellerErrors.network(new SSLHandshakeException("PKIX path building failed"), "GET /accounts");

        assertThat(failure.failure()).isEqualTo(ProviderFailure.NETWORK);
        assertThat(failure.getMessage()).contains("TLS handshake");
    }

    @Test
    void connectionFailureKeepsItsReason() {
        ProviderException failure = TellerErrors.network(new IOException("Connection refused"), "DELETE /accounts");

        assertThat(failure.getMessage()).contains("DELETE /accounts", "Connection refused");
    }

    @Test
    void malformedAnswerIsItsOwnFailure() {
        ProviderException failure = TellerErrors.malformed("GET /accounts", "unexpected end", null);

        assertThat(failure.failure()).isEqualTo(ProviderFailure.MALFORMED_RESPONSE);
        assertThat(failure.getMessage()).contains("GET /accounts", "unexpected end");
    }
}
