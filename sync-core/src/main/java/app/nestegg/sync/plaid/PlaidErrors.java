package app.nestegg.sync.plaid;

import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.vault.Secret;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collection;
import java.util.Set;

/**
 * Every Plaid failure becomes a {@link ProviderException} here, and only here. Plaid's error object ({@code error_type},
 * {@code error_code}, {@code error_message}, {@code display_message}, {@code request_id}) is kept on the exception; what
 * it means for the connection is a {@link ProviderFailure}:
 *
 * <table>
 *   <caption>Plaid errors and what they mean</caption>
 *   <tr><th>Plaid</th><th>failure</th></tr>
 *   <tr><td>code ITEM_LOGIN_REQUIRED</td><td>LOGIN_REQUIRED</td></tr>
 *   <tr><td>code TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION</td><td>CHANGED_DURING_PAGINATION</td></tr>
 *   <tr><td>code ITEM_NOT_FOUND, INVALID_ACCESS_TOKEN</td><td>ACCESS_REVOKED</td></tr>
 *   <tr><td>code INVALID_API_KEYS</td><td>BAD_CREDENTIALS</td></tr>
 *   <tr><td>type RATE_LIMIT_EXCEEDED</td><td>RATE_LIMITED</td></tr>
 *   <tr><td>type INSTITUTION_ERROR or API_ERROR, or any HTTP 5xx</td><td>OUTAGE</td></tr>
 *   <tr><td>no answer, a timeout, a broken connection or TLS failure</td><td>NETWORK</td></tr>
 *   <tr><td>a body that is not Plaid's JSON (malformed JSON, an HTML error page, a missing field)</td>
 *       <td>MALFORMED_RESPONSE</td></tr>
 *   <tr><td>anything else</td><td>OTHER</td></tr>
 * </table>
 *
 * <p>Messages never hold a secret: the exception message names the endpoint, the status, Plaid's codes and its request
 * id, and Plaid's own texts are passed through {@link #redact} with the secret and the tokens of the call. Bodies that
 * cannot be read are described (status, type, length), never quoted.
 */
public final class PlaidErrors {

    private static final String HIDDEN = Secret.MASK;

    private PlaidErrors() {}

    /** What a Plaid error means; {@code httpStatus} 0 when there was none (an Item's stored error). */
    public static ProviderFailure failureFor(int httpStatus, String errorType, String errorCode) {
        String code = errorCode == null ? "" : errorCode;
        String type = errorType == null ? "" : errorType;
        return switch (code) {
            case "ITEM_LOGIN_REQUIRED" -> ProviderFailure.LOGIN_REQUIRED;
            case "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION" -> ProviderFailure.CHANGED_DURING_PAGINATION;
            case "ITEM_NOT_FOUND", "INVALID_ACCESS_TOKEN" -> ProviderFailure.ACCESS_REVOKED;
            case "INVALID_API_KEYS" -> ProviderFailure.BAD_CREDENTIALS;
            default -> {
                if (type.equals("RATE_LIMIT_EXCEEDED")) {
                    yield ProviderFailure.RATE_LIMITED;
                }
                if (type.equals("INSTITUTION_ERROR") || type.equals("API_ERROR") || httpStatus >= 500) {
                    yield ProviderFailure.OUTAGE;
                }
                yield ProviderFailure.OTHER;
            }
        };
    }

    /**
     * The exception for a non-2xx answer: Plaid's error object when the body is one, else {@link
     * ProviderFailure#MALFORMED_RESPONSE} with the status.
     *
     * @param secrets the secret and tokens of this call, hidden wherever Plaid's texts repeat them
     */
    static ProviderException fromErrorResponse(
            String endpoint,
            int httpStatus,
            String contentType,
            byte[] body,
            ObjectMapper json,
            Collection<String> secrets) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException | RuntimeException e) {
            root = null;
        }
        String errorType = root == null ? null : textOrNull(root.get("error_type"));
        String errorCode = root == null ? null : textOrNull(root.get("error_code"));
        if (root == null || !root.isObject() || errorType == null || errorCode == null) {
            return malformed(endpoint, httpStatus, describe(contentType, body) + " instead of a Plaid error");
        }
        String errorMessage = redact(textOrNull(root.get("error_message")), secrets);
        String displayMessage = redact(textOrNull(root.get("display_message")), secrets);
        String requestId = textOrNull(root.get("request_id"));
        ProviderFailure failure = failureFor(httpStatus, errorType, errorCode);
        String message = endpoint + " failed with HTTP " + httpStatus + " " + errorType + " " + errorCode
                + (requestId == null ? "" : " (request id " + requestId + ")")
                + (errorMessage == null || errorMessage.isBlank() ? "" : ": " + errorMessage);
        return new ProviderException(
                ProviderKind.PLAID,
                failure,
                httpStatus,
                errorType,
                errorCode,
                message,
                displayMessage,
                requestId,
                null);
    }

    /** The exception for a call that got no answer: a timeout, a refused or broken connection, a TLS failure. */
    static ProviderException network(String endpoint, IOException cause) {
        String what = cause instanceof InterruptedIOException ? "timed out" : "failed before an answer arrived";
        String detail = cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
        return new ProviderException(
                ProviderKind.PLAID,
                ProviderFailure.NETWORK,
                0,
                null,
                null,
                endpoint + " " + what + ": " + cause.getClass().getSimpleName() + detail,
                null,
                null,
                cause);
    }

    /** The exception for an answer that is not the JSON Plaid documents. */
    static ProviderException malformed(String endpoint, int httpStatus, String what) {
        return new ProviderException(
                ProviderKind.PLAID,
                ProviderFailure.MALFORMED_RESPONSE,
                httpStatus,
                null,
                null,
                endpoint + " answered HTTP " + httpStatus + " with " + what,
                null,
                null,
                null);
    }

    /** {@code text} with every one of {@code secrets} replaced by a mask; null stays null. */
    static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets == null ? Set.<String>of() : secrets) {
            if (secret != null && !secret.isEmpty()) {
                result = result.replace(secret, HIDDEN);
            }
        }
        return result;
    }

    static String describe(String contentType, byte[] body) {
        String type = contentType == null || contentType.isBlank() ? "no content type" : contentType;
        return "an unreadable body (" + type + ", " + (body == null ? 0 : body.length) + " bytes)";
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }
}
