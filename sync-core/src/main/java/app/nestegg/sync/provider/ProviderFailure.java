package app.nestegg.sync.provider;

/** What a failed provider call means for the connection, whichever provider it came from. */
public enum ProviderFailure {
    /** The bank login needs the user again (Plaid ITEM_LOGIN_REQUIRED, Teller enrollment.disconnected). */
    LOGIN_REQUIRED,
    /** Too many requests; try again later with backoff. */
    RATE_LIMITED,
    /** The bank or the provider is down or failing; try again later with backoff. */
    OUTAGE,
    /** The data changed while pages were read; restart from the first cursor of this run. */
    CHANGED_DURING_PAGINATION,
    /** The token is unknown or revoked, or the login was removed; linking again is the only way back. */
    ACCESS_REVOKED,
    /** The app's own credentials (client id and secret, certificate) were refused. */
    BAD_CREDENTIALS,
    /** The network failed or the call timed out before an answer. */
    NETWORK,
    /** The answer could not be read (malformed or unexpected JSON). */
    MALFORMED_RESPONSE,
    /** Anything else; the provider's display message says what. */
    OTHER;

    /** Whether trying again later, without the user, can succeed. */
    public boolean isTransient() {
        return this == RATE_LIMITED || this == OUTAGE || this == NETWORK || this == CHANGED_DURING_PAGINATION;
    }
}
