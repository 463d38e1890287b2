package app.nestegg.sync.plaid;

import java.util.Locale;

/** The Plaid environments the app can use, with their hosts. The secret belongs to one environment. */
public enum PlaidEnvironment {
    SANDBOX("sandbox", "https://sandbox.plaid.com"),
    PRODUCTION("production", "https://production.plaid.com");

    private final String code;
    private final String baseUrl;

    PlaidEnvironment(String code, String baseUrl) {
        this.code = code;
        this.baseUrl = baseUrl;
    }

    /** The name Plaid uses in tokens ({@code access-sandbox-…}) and in {@code PLAID_ENV}. */
    public String code() {
        return code;
    }

    /** Plaid's host for this environment, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The environment named {@code text} ({@code sandbox} or {@code production}, any case).
     *
     * @param source where the text came from, named in the message
     * @throws IllegalArgumentException naming the source and the accepted values
     */
    public static PlaidEnvironment parse(String text, String source) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (PlaidEnvironment environment : values()) {
            if (environment.code.equals(value)) {
                return environment;
            }
        }
        throw new IllegalArgumentException(
                source + " must be sandbox or production" + (value.isEmpty() ? "" : ", not '" + text.strip() + "'"));
    }
}
