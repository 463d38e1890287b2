package app.nestegg.vault.store;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one statement of H2's meta table against what Nest Egg's schema can contain. H2 writes no comments and, for
 * this schema, no source bodies into its meta table, so any comment marker ({@code --}, {@code //}, {@code /*}) or
 * {@code $$} refuses the statement outright: comments are where a small lexer and H2's parser could read a statement
 * differently. String literals and quoted identifiers are then removed and case is folded; the statement must begin
 * with a kind H2 writes for tables, indexes, constraints, users and settings, and must not name anything that carries
 * or runs code or touches files.
 */
final class SchemaStatementRule {

    /** The statement kinds H2 writes to its meta table for tables, keys, indexes, constraints, users and settings. */
    private static final Pattern ALLOWED_START = Pattern.compile("^(SET |CREATE USER |CREATE ROLE |CREATE SCHEMA "
            + "|CREATE (CACHED|MEMORY) TABLE |CREATE (UNIQUE )?(NULLS (NOT )?DISTINCT )?INDEX |CREATE PRIMARY KEY "
            + "|CREATE SEQUENCE |ALTER TABLE |GRANT |COMMENT ON )");

    private static final Pattern FORBIDDEN_WORD = Pattern.compile(
            "\\b(TRIGGER|ALIAS|AGGREGATE|LINKED|JAVA_OBJECT|FILE_READ|FILE_WRITE|LINK_SCHEMA|CSVREAD|CSVWRITE"
                    + "|RUNSCRIPT|SCRIPT|JAVA_METHOD)\\b");

    private static final Pattern COMMENT_OR_SOURCE = Pattern.compile("--|//|/\\*|\\*/|\\$\\$");

    private static final Pattern FIRST_WORD = Pattern.compile("\\s*([A-Za-z]+)\\b");

    /** The words an H2 command can begin with: anything else cannot be parsed, so cannot run. */
    private static final Set<String> COMMAND_WORDS = Set.of(
            "ALTER",
            "ANALYZE",
            "BACKUP",
            "BEGIN",
            "CALL",
            "CHECKPOINT",
            "COMMENT",
            "COMMIT",
            "CREATE",
            "DECLARE",
            "DELETE",
            "DROP",
            "EXECUTE",
            "EXPLAIN",
            "GRANT",
            "HELP",
            "INSERT",
            "MERGE",
            "PREPARE",
            "REVOKE",
            "ROLLBACK",
            "RUNSCRIPT",
            "SAVEPOINT",
            "SCRIPT",
            "SELECT",
            "SET",
            "SHOW",
            "SHUTDOWN",
            "TABLE",
            "TRUNCATE",
            "UPDATE",
            "USE",
            "VALUES",
            "WITH");

    private SchemaStatementRule() {}

    /**
     * Whether the statement is noise rather than SQL: H2 writes Nest Egg's definitions in printable ASCII, and a
     * statement H2 could run begins with one of its command words. A damaged page decrypts to noise or to a fragment
     * that begins mid-word, which H2 cannot parse, let alone run; it is refused as damage rather than as unsafe.
     */
    static boolean garbled(String sql) {
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c > 0x7E || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                return true;
            }
        }
        Matcher word = FIRST_WORD.matcher(sql);
        return !word.lookingAt() || !COMMAND_WORDS.contains(word.group(1).toUpperCase(Locale.ROOT));
    }

    /** Empty when the statement may stand in a Nest Egg database, else a short description of what it is. */
    static Optional<String> refusal(String sql) {
        if (COMMENT_OR_SOURCE.matcher(sql).find()) {
            return Optional.of("comment or source code");
        }
        if (sql.contains("$$")) {
            return Optional.of("source code");
        }
        String bare =
                withoutLiteralsAndComments(sql).strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        var forbidden = FORBIDDEN_WORD.matcher(bare);
        if (forbidden.find()) {
            return Optional.of(forbidden.group(1).toLowerCase(Locale.ROOT));
        }
        if (!ALLOWED_START.matcher(bare).find()) {
            String kind = bare.length() > 30 ? bare.substring(0, 30) : bare;
            return Optional.of("statement '" + kind + "…'");
        }
        return Optional.empty();
    }

    /** Replaces comments with a space and string literals and quoted identifiers with {@code ?}. */
    static String withoutLiteralsAndComments(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
                out.append(' ');
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                out.append(' ');
            } else if (c == '\'' || c == '"') {
                i = endOfQuoted(sql, i, c);
                out.append('?');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after a quoted run starting at {@code start}; a doubled quote inside is part of the run. */
    private static int endOfQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
