package app.nestegg.sync.provider;

import app.nestegg.vault.Secret;

/**
 * The secret that lets a provider read one linked login (a Plaid Item, a Teller enrollment). Never printed: {@link
 * #toString()} hides it, so a token in a log line or an exception message shows as a mask.
 */
public record AccessToken(String value) {

    public AccessToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an access token is required");
        }
    }

    @Override
    public String toString() {
        return Secret.masked("AccessToken");
    }
}
