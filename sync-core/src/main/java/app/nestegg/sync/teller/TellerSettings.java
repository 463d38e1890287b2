package app.nestegg.sync.teller;

import app.nestegg.sync.provider.BaseUrls;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach Teller.
 *
 * @param baseUrl the API's base URL without a trailing slash; {@code https://api.teller.io} for every environment
 * @param identity the client certificate and key for mutual TLS, or null (enough for sandbox tokens only)
 * @param applicationId the {@code app_…} id Teller Connect needs, or null when this computer only syncs
 * @param environment the environment Teller Connect enrols into
 */
public record TellerSettings(
        String baseUrl, TellerIdentity identity, String applicationId, TellerEnvironment environment) {

    public static final String DEFAULT_BASE_URL = "https://api.teller.io";
    public static final String BASE_URL_VARIABLE = "TELLER_BASE_URL";
    public static final String CERT_VARIABLE = "TELLER_CERT_PATH";
    public static final String KEY_VARIABLE = "TELLER_KEY_PATH";
    public static final String PKCS12_VARIABLE = "TELLER_PKCS12_PATH";
    public static final String PKCS12_PASSWORD_VARIABLE = "TELLER_PKCS12_PASSWORD";
    public static final String APPLICATION_ID_VARIABLE = "TELLER_APPLICATION_ID";
    public static final String ENVIRONMENT_VARIABLE = "TELLER_ENV";

    private static final Pattern APPLICATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    public TellerSettings {
        baseUrl = checkedUrl(baseUrl == null ? DEFAULT_BASE_URL : baseUrl, "the Teller base URL");
        Objects.requireNonNull(environment, "environment");
        if (applicationId != null && !APPLICATION_ID.matcher(applicationId).matches()) {
            throw new TellerSetupException(
                    TellerSetupException.Problem.INVALID_SETTING,
                    "the application id must be letters, digits, '_' or '-' (like app_…)");
        }
        if (identity == null && environment != TellerEnvironment.SANDBOX) {
            throw new TellerSetupException(
                    TellerSetupException.Problem.MISSING,
                    "the " + environment.wireName() + " environment needs the client certificate and key ("
                            + CERT_VARIABLE + " and " + KEY_VARIABLE + ", or " + PKCS12_VARIABLE + ")");
        }
    }

    /**
     * Settings from environment variables: {@value #BASE_URL_VARIABLE} (optional), {@value #CERT_VARIABLE} with
     * {@value #KEY_VARIABLE}, or {@value #PKCS12_VARIABLE} with {@value #PKCS12_PASSWORD_VARIABLE}, {@value
     * #APPLICATION_ID_VARIABLE} (optional) and {@value #ENVIRONMENT_VARIABLE} (sandbox, the default, development or
     * production). The certificate files are opened once here, so a missing, unreadable or malformed file is reported
     * now, naming the variable and the path.
     *
     * @throws TellerSetupException naming the variable at fault
     */
    public static TellerSettings fromEnvironment(Map<String, String> env) {
        String url = value(env, BASE_URL_VARIABLE);
        String baseUrl = url == null ? DEFAULT_BASE_URL : checkedUrl(url, BASE_URL_VARIABLE);
        String environment = value(env, ENVIRONMENT_VARIABLE);
        TellerIdentity identity = identity(env);
        if (identity != null) {
            checkLoads(identity);
        }
        return new TellerSettings(
                baseUrl,
                identity,
                value(env, APPLICATION_ID_VARIABLE),
                environment == null
                        ? TellerEnvironment.SANDBOX
                        : TellerEnvironment.parse(environment, ENVIRONMENT_VARIABLE));
    }

    private static TellerIdentity identity(Map<String, String> env) {
        String cert = value(env, CERT_VARIABLE);
        String key = value(env, KEY_VARIABLE);
        String pkcs12 = value(env, PKCS12_VARIABLE);
        if (pkcs12 != null && (cert != null || key != null)) {
            throw new TellerSetupException(
                    TellerSetupException.Problem.INVALID_SETTING,
                    "set either " + CERT_VARIABLE + " and " + KEY_VARIABLE + ", or " + PKCS12_VARIABLE + ", not both");
        }
        if (pkcs12 != null) {
            String password = env.get(PKCS12_PASSWORD_VARIABLE);
            return new TellerIdentity.Pkcs12File(
                    existingFile(pkcs12, PKCS12_VARIABLE), password == null ? new char[0] : password.toCharArray());
        }
        if (cert == null && key == null) {
            return null;
        }
        if (cert == null || key == null) {
            String missing = cert == null ? CERT_VARIABLE : KEY_VARIABLE;
            String present = cert == null ? KEY_VARIABLE : CERT_VARIABLE;
            throw new TellerSetupException(
                    TellerSetupException.Problem.MISSING, missing + " is not set, but " + present + " is; set both");
        }
        return new TellerIdentity.PemFiles(existingFile(cert, CERT_VARIABLE), existingFile(key, KEY_VARIABLE));
    }

    private static Path existingFile(String text, String variable) {
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            throw new TellerSetupException(
                    TellerSetupException.Problem.INVALID_SETTING, variable + " is not a file path: " + text);
        }
        if (!Files.isRegularFile(path)) {
            throw new TellerSetupException(
                    TellerSetupException.Problem.MISSING,
                    path,
                    variable + " names " + path + ", which does not exist or is not a file",
                    null);
        }
        if (!Files.isReadable(path)) {
            throw new TellerSetupException(
                    TellerSetupException.Problem.UNREADABLE,
                    path,
                    variable + " names " + path + ", which this user cannot read",
                    null);
        }
        return path;
    }

    private static void checkLoads(TellerIdentity identity) {
        try {
            TellerTls.clientKeyStore(identity);
        } catch (TellerSetupException e) {
            throw new TellerSetupException(
                    e.problem(), e.file(), variableFor(identity, e.file()) + ": " + e.detail(), e);
        }
    }

    private static String variableFor(TellerIdentity identity, Path file) {
        return switch (identity) {
            case TellerIdentity.Pkcs12File p -> PKCS12_VARIABLE;
            case TellerIdentity.PemFiles pem -> {
                if (pem.privateKey().equals(file)) {
                    yield KEY_VARIABLE;
                }
                yield pem.certificate().equals(file) ? CERT_VARIABLE : CERT_VARIABLE + " and " + KEY_VARIABLE;
            }
        };
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String checkedUrl(String url, String source) {
        try {
            return BaseUrls.checked(url, source);
        } catch (IllegalArgumentException e) {
            throw new TellerSetupException(TellerSetupException.Problem.INVALID_SETTING, e.getMessage());
        }
    }
}
