package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.VaultException;

/**
 * A price file refused before anything is imported. The message names the file, and the line and column where there
 * is one: {@code prices.csv, line 4, column date: '2024-13-01' is not a date (use YYYY-MM-DD)}.
 */
public final class PriceFileException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String column;

    /** @param line the 1-based line of the file (the header is line 1), or 0 for the file as a whole */
    public PriceFileException(String file, int line, String column, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (column == null ? "" : ", column " + column) + ": "
                + problem);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    /** The column at fault ({@code symbol}, {@code date}, {@code price}), or null. */
    public String column() {
        return column;
    }
}
