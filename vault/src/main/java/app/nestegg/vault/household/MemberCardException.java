package app.nestegg.vault.household;

import app.nestegg.vault.VaultException;

/**
 * A member card that cannot be trusted or read, refused before anything is stored. The message names the line and
 * field where there is one: {@code member card, line 4, signing-key: has 31 bytes, an Ed25519 key has 32}.
 */
public final class MemberCardException extends VaultException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String field;

    /** @param line the 1-based line, or 0 when the problem is the card as a whole */
    MemberCardException(int line, String field, String problem) {
        super(describe(line, field, problem));
        this.line = line;
        this.field = field;
    }

    /** The 1-based line, or 0 for the card as a whole. */
    public int line() {
        return line;
    }

    /** The field at fault, or null. */
    public String field() {
        return field;
    }

    private static String describe(int line, String field, String problem) {
        StringBuilder text = new StringBuilder("member card");
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (field != null) {
            text.append(", ").append(field);
        }
        return text.append(": ").append(problem).toString();
    }
}
