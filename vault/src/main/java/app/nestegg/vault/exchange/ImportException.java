package app.nestegg.vault.exchange;

import app.nestegg.vault.VaultException;

/**
 * A statement file that cannot be imported, refused before anything is written. The message names the file, and the
 * line and field where there is one: {@code checking.csv, line 14, amount: '12,3,4' is not an amount}.
 */
public final class ImportException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;

    /** @param line the 1-based line in the file, or 0 when the problem is the file as a whole */
    public ImportException(String file, int line, String field, String problem) {
        super(describe(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public static ImportException wholeFile(String file, String problem) {
        return new ImportException(file, 0, null, problem);
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The field at fault (date, amount, payee, a CSV column), or null. */
    public String field() {
        return field;
    }

    private static String describe(String file, int line, String field, String problem) {
        StringBuilder text = new StringBuilder(file == null ? "the file" : file);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (field != null && !field.isBlank()) {
            text.append(", ").append(field);
        }
        return text.append(": ").append(problem).toString();
    }
}
