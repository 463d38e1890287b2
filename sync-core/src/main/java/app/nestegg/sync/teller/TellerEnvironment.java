package app.nestegg.sync.teller;

import java.util.Locale;

/** The Teller environment Teller Connect enrols into; the access token it hands out then decides the rest. */
public enum TellerEnvironment {
    SANDBOX,
    DEVELOPMENT,
    PRODUCTION;

    /** The name Teller Connect's {@code environment} option expects. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The environment named {@code text}, ignoring case.
     *
     * @param source where the text came from, named in the message
     * @throws TellerSetupException when the text names no environment
     */
    public static TellerEnvironment parse(String text, String source) {
        for (TellerEnvironment environment : values()) {
            if (environment.wireName().equalsIgnoreCase(text.strip())) {
                return environment;
            }
        }
        throw new TellerSetupException(
                TellerSetupException.Problem.INVALID_SETTING,
                source + " is '" + text.strip() + "'; use sandbox, development or production");
    }
}
