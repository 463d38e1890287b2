package app.nestegg.vault.store;

/**
 * The schema as Flyway sees it: the newest version applied, and how many migrations were applied, are waiting (known
 * to this version of the app but not applied) or failed.
 */
public record MigrationState(int version, int applied, int pending, int failed) {

    public boolean upToDate() {
        return pending == 0 && failed == 0;
    }
}
