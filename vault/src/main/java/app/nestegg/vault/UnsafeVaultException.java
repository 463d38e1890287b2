package app.nestegg.vault;

/**
 * The vault holds something the app never creates (a trigger, an alias, a linked table, a Java object column), or its
 * path would change how the database is opened. Nothing in it was run.
 */
public final class UnsafeVaultException extends VaultException {
    private static final long serialVersionUID = 1L;

    public UnsafeVaultException(String message) {
        super(message);
    }
}
