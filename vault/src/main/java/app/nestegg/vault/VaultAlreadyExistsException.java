package app.nestegg.vault;

import java.nio.file.Path;

/** Creating a vault where one (or other files) already exist. */
public final class VaultAlreadyExistsException extends VaultException {
    private static final long serialVersionUID = 1L;

    public VaultAlreadyExistsException(Path folder) {
        super("A vault already exists at " + folder + ", or the folder is not empty; nothing was changed.");
    }
}
