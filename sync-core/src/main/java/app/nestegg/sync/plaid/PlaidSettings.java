package app.nestegg.sync.plaid;

import app.nestegg.sync.provider.BaseUrls;
import app.nestegg.vault.Secret;
import java.util.Map;
import java.util.Objects;

/**
 * The app's own Plaid credentials and where to reach Plaid. The secret is specific to the environment and never printed:
 * it is a {@link Secret}, masked in {@link #toString()}.
 *
 * @param baseUrlOverride another base URL for the API (a local fake or a proxy), or null for the environment's host;
 *     checked with {@link BaseUrls#checked}: https, or plain http to this computer only
 */
public record PlaidSettings(PlaidEnvironment environment, String clientId, Secret secret, String baseUrlOverride) {

    public static final String CLIENT_ID_VARIABLE = "PLAID_CLIENT_ID";
    public static final String SECRET_VARIABLE = "PLAID_SECRET";
    public static final String ENVIRONMENT_VARIABLE = "PLAID_ENV";
    public static final String BASE_URL_VARIABLE = "PLAID_BASE_URL";

    public PlaidSettings {
        Objects.requireNonNull(environment, "environment");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a Plaid client id is required");
        }
        Objects.requireNonNull(secret, "secret");
        clientId = clientId.strip();
        baseUrlOverride = baseUrlOverride == null ? null : BaseUrls.checked(baseUrlOverride, "the Plaid base URL");
    }

    /** Settings for {@code baseUrlOverride}, or the environment's own host when it is null. */
    public PlaidSettings(PlaidEnvironment environment, String clientId, String secret, String baseUrlOverride) {
        this(environment, clientId, plaidSecret(secret), baseUrlOverride);
    }

    /** Settings for the environment's own host. */
    public PlaidSettings(PlaidEnvironment environment, String clientId, String secret) {
        this(environment, clientId, secret, null);
    }

    private static Secret plaidSecret(String secret) {
        return Secret.of(secret == null ? null : secret.strip(), "a Plaid secret");
    }

    /** The same settings pointed at {@code baseUrl} (checked like {@code PLAID_BASE_URL}). */
    public PlaidSettings withBaseUrl(String baseUrl) {
        return new PlaidSettings(environment, clientId, secret, baseUrl);
    }

    /** Where requests go: the override when set, else the environment's host. No trailing slash. */
    public String baseUrl() {
        return baseUrlOverride != null ? baseUrlOverride : environment.baseUrl();
    }

    /**
     * Settings from environment variables: {@code PLAID_CLIENT_ID} and {@code PLAID_SECRET} (required), {@code PLAID_ENV}
     * ({@code sandbox} or {@code production}; sandbox when unset) and {@code PLAID_BASE_URL} (optional). Pass {@code
     * System.getenv()} at the call site.
     *
     * @throws IllegalArgumentException naming the variable that is missing or wrong
     */
    public static PlaidSettings fromEnvironment(Map<String, String> variables) {
        Objects.requireNonNull(variables, "variables");
        String clientId = variables.get(CLIENT_ID_VARIABLE);
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException(CLIENT_ID_VARIABLE + " is not set; give the client id from the Plaid"
                    + " dashboard (Developers → Keys)");
        }
        String secret = variables.get(SECRET_VARIABLE);
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(
                    SECRET_VARIABLE + " is not set; give the secret of the environment in " + ENVIRONMENT_VARIABLE);
        }
        String environmentText = variables.get(ENVIRONMENT_VARIABLE);
        PlaidEnvironment environment = environmentText == null || environmentText.isBlank()
                ? PlaidEnvironment.SANDBOX
                : PlaidEnvironment.parse(environmentText, ENVIRONMENT_VARIABLE);
        String baseUrl = variables.get(BASE_URL_VARIABLE);
        String checkedBaseUrl =
                baseUrl == null || baseUrl.isBlank() ? null : BaseUrls.checked(baseUrl, BASE_URL_VARIABLE);
        return new PlaidSettings(environment, clientId, secret, checkedBaseUrl);
    }

    @Override
    public String toString() {
        return "PlaidSettings[environment=" + environment + ", clientId=" + clientId + ", secret=" + secret
                + ", baseUrl=" + baseUrl() + "]";
    }
}
