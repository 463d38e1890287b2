package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.VaultException;

/** The person cancelled an import; its transaction rolled back, so nothing of the file was written. */
public final class ImportCancelledException extends VaultException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String fileName) {
        super("Import of " + fileName + " cancelled; nothing was imported.");
    }
}
