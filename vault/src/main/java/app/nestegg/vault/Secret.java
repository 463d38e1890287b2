package app.nestegg.vault;

import java.util.Objects;

/**
 * A key, token or passphrase held as text. {@link #toString()} is masked, so a secret that slips into a log line, an
 * exception message or a record's own {@code toString} shows as {@value #MASK}; only {@link #reveal()} gives the text,
 * and a call to it marks the one place the secret leaves the program (a request header, a key derivation).
 */
public final class Secret {

    /** What every masked secret prints as. */
    public static final String MASK = "[hidden]";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException naming {@code what} when {@code value} is null or blank */
    public static Secret of(String value, String what) {
        Objects.requireNonNull(what, "what");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return new Secret(value);
    }

    /** {@code label} followed by the mask, e.g. {@code AccessToken[hidden]}: for types that wrap a secret. */
    public static String masked(String label) {
        return label + MASK;
    }

    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
