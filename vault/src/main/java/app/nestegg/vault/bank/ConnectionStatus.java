package app.nestegg.vault.bank;

/** Where a bank connection stands, stored by name. */
public enum ConnectionStatus {
    /** Syncing normally: nothing has run yet, or the last run succeeded. */
    ACTIVE,
    /**
     * The bank wants the person again (a new password, a multi-factor prompt, a revoked consent): only linking again
     * through the provider's own flow helps, so nothing retries on its own.
     */
    NEEDS_RELINK,
    /** A passing failure (rate limit, outage, network): tried again, without the person, from the next retry time. */
    RETRY_LATER,
    /** Any other failure, shown to the person with the provider's message; tried again from the next retry time. */
    FAILED,
    /** The person removed the connection: the token is forgotten, its accounts are plain ledger accounts now. */
    DISCONNECTED
}
