package app.nestegg.vault;

import java.nio.file.Path;

/** No vault at the given folder. */
public final class VaultNotFoundException extends VaultException {
    private static final long serialVersionUID = 1L;

    public VaultNotFoundException(Path folder) {
        super("There is no vault at " + folder
                + ". Create one with 'nest-egg init --accept-terms' or the app's wizard.");
    }
}
