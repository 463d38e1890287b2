package app.nestegg.sync.provider;

import app.nestegg.vault.VaultException;
import java.util.Objects;

/**
 * A provider call that failed, with the provider's own words kept apart: {@code errorType} and {@code errorCode} as
 * sent (Plaid {@code error_type}/{@code error_code}, Teller {@code error.code}), the message meant for the user when
 * the provider gave one, and the request id to quote to support. The exception message never holds a token.
 */
public final class ProviderException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final ProviderKind provider;
    private final ProviderFailure failure;
    private final int httpStatus;
    private final String errorType;
    private final String errorCode;
    private final String displayMessage;
    private final String requestId;

    public ProviderException(
            ProviderKind provider,
            ProviderFailure failure,
            int httpStatus,
            String errorType,
            String errorCode,
            String message,
            String displayMessage,
            String requestId,
            Throwable cause) {
        super(provider + ": " + Objects.requireNonNull(message, "message"), cause);
        this.provider = Objects.requireNonNull(provider, "provider");
        this.failure = Objects.requireNonNull(failure, "failure");
        this.httpStatus = httpStatus;
        this.errorType = errorType;
        this.errorCode = errorCode;
        this.displayMessage = displayMessage;
        this.requestId = requestId;
    }

    public ProviderKind provider() {
        return provider;
    }

    public ProviderFailure failure() {
        return failure;
    }

    /** The HTTP status, or 0 when no answer arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    public String errorType() {
        return errorType;
    }

    public String errorCode() {
        return errorCode;
    }

    /** The provider's message for end users, or null when it had none. */
    public String displayMessage() {
        return displayMessage;
    }

    public String requestId() {
        return requestId;
    }

    /** What to show the user: the provider's own words when it gave some, else the technical message. */
    public String userMessage() {
        return displayMessage != null && !displayMessage.isBlank() ? displayMessage : getMessage();
    }
}
