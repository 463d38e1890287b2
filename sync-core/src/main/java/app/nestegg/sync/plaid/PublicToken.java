package app.nestegg.sync.plaid;

import app.nestegg.vault.Secret;

/**
 * A Plaid public token from Link, exchangeable once for an access token within 30 minutes. Never printed: {@link
 * #toString()} masks it.
 */
public record PublicToken(String value) {

    public PublicToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a public token is required");
        }
    }

    @Override
    public String toString() {
        return Secret.masked("PublicToken");
    }
}
