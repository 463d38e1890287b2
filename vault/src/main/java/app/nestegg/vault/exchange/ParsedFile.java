package app.nestegg.vault.exchange;

import java.util.List;

/**
 * A statement file read whole and checked: every line parsed, or the reader threw an {@link ImportException} and
 * there is no parsed file. OFX files may hold several statements (a checking account and a card); QIF and CSV hold
 * one.
 */
public record ParsedFile(String fileName, StatementFormat format, List<ParsedStatement> statements) {

    public ParsedFile {
        statements = List.copyOf(statements);
    }

    public int lineCount() {
        return statements.stream().mapToInt(s -> s.lines().size()).sum();
    }
}
