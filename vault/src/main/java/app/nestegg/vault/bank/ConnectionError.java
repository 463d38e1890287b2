package app.nestegg.vault.bank;

import java.util.Objects;

/**
 * Why the last sync of a connection failed: the failure kind or the provider's error code, and the message for the
 * person. Neither ever holds a token.
 */
public record ConnectionError(String code, String message) {

    static final int MAX_CODE = 100;
    static final int MAX_MESSAGE = 1000;

    public ConnectionError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("an error code is required");
        }
        code = cut(code.strip(), MAX_CODE);
        message = cut(message.strip(), MAX_MESSAGE);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
