package app.nestegg.sync.teller;

import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * The one place Teller failures become {@link ProviderException}s. Teller's error body is
 * {@code {"error":{"code","message"}}}; the code is classified first (it is more precise than the status, and Teller
 * sends {@code enrollment.disconnected…} with 404 or 403), the HTTP status second. Messages name the request by method
 * and path, never by token.
 */
final class TellerErrors {

    static final String DISCONNECTED_PREFIX = "enrollment.disconnected";
    static final String CLOSED_PREFIX = "account.closed";

    private TellerErrors() {}

    /** A non-2xx answer. */
    static ProviderException fromResponse(int status, String body, String request) {
        String code = null;
        String message = null;
        try {
            JsonNode error = Json.mapper().readTree(body == null ? "" : body).path("error");
            code = error.path("code").isTextual() ? error.path("code").asText() : null;
            message = error.path("message").isTextual() ? error.path("message").asText() : null;
        } catch (IOException e) {
            // A proxy's HTML page or an empty body: classify by status alone.
        }
        ProviderFailure failure = classify(status, code, message);
        String text = request + " failed with HTTP " + status + (code == null ? "" : " (" + code + ")")
                + (message == null ? "" : ": " + message);
        return new ProviderException(ProviderKind.TELLER, failure, status, null, code, text, message, null, null);
    }

    /** What a status and error code mean for the connection. */
    static ProviderFailure classify(int status, String code, String message) {
        String lowerCode = code == null ? "" : code.toLowerCase(Locale.ROOT);
        if (lowerCode.startsWith(DISCONNECTED_PREFIX)) {
            return ProviderFailure.LOGIN_REQUIRED;
        }
        if (lowerCode.startsWith(CLOSED_PREFIX)) {
            return ProviderFailure.OTHER;
        }
        if (status == 400 && mentionsCertificate(lowerCode, message)) {
            return ProviderFailure.BAD_CREDENTIALS;
        }
        if (status == 401 || status == 403) {
            return ProviderFailure.ACCESS_REVOKED;
        }
        if (status == 429) {
            return ProviderFailure.RATE_LIMITED;
        }
        if (status >= 500) {
            return ProviderFailure.OUTAGE;
        }
        return ProviderFailure.OTHER;
    }

    /** Whether a failure is Teller's {@code account.closed[.reason]}. */
    static boolean isAccountClosed(ProviderException e) {
        return e.errorCode() != null && e.errorCode().toLowerCase(Locale.ROOT).startsWith(CLOSED_PREFIX);
    }

    /** No answer: the connection failed, TLS was refused, or the call timed out. */
    static ProviderException network(IOException e, String request) {
        String what = switch (e) {
            case InterruptedIOException timeout -> "timed out";
            case SSLException tls -> "failed in the TLS handshake (" + tls.getMessage() + ")";
            default -> "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        };
        return new ProviderException(
                ProviderKind.TELLER, ProviderFailure.NETWORK, 0, null, null, request + " " + what, null, null, e);
    }

    /** A 2xx answer whose body is not what Teller documents. */
    static ProviderException malformed(String request, String problem, Exception cause) {
        return new ProviderException(
                ProviderKind.TELLER,
                ProviderFailure.MALFORMED_RESPONSE,
                200,
                null,
                null,
                request + " returned an answer that cannot be read: " + problem,
                null,
                null,
                cause);
    }

    private static boolean mentionsCertificate(String lowerCode, String message) {
        return lowerCode.equals("bad_request")
                && message != null
                && message.toLowerCase(Locale.ROOT).contains("certificate");
    }
}
