package app.nestegg.desktop.logs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the shapes of known secrets in text bound for a log file or a crash report: Plaid access, public and link
 * tokens, Teller tokens, {@code otpauth://} URIs and bare TOTP {@code secret=} parameters, backup codes (with a digit,
 * or after the word "code") and recovery keys as the app formats them, and age secret keys. The {@link app.nestegg.vault.Secret} type keeps secrets out of text in
 * the first place; this is the net under it, for secrets that reach a message as plain strings (a server's answer, a
 * library's exception).
 */
public final class SecretRedactor {

    /** What a masked secret becomes; the recognisable prefix before it is kept, to tell which kind it was. */
    public static final String MASK = "[hidden]";

    private static final String BOUNDARY_BEFORE = "(?<![A-Za-z0-9_-])";
    private static final String BOUNDARY_AFTER = "(?![A-Za-z0-9_-])";
    // Backup codes use this alphabet (no i, l, o, 0 or 1), see vault.security.BackupCodes.
    private static final String BACKUP_CHAR = "[a-hjkmnp-z2-9]";
    // Eight letters with a dash are also ordinary words ("bank-sync"), so a code counts when it holds a digit (nine in
    // ten do) or follows the word "code"; the Secret type, not this net, is what keeps the others out.
    private static final String BACKUP_CODE = BACKUP_CHAR + "{4}-" + BACKUP_CHAR + "{4}";

    private record Shape(Pattern pattern, String keep) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape(
                    Pattern.compile(BOUNDARY_BEFORE
                            + "((?:access|public|link)-(?:sandbox|development|production)-)[A-Za-z0-9-]+"),
                    "$1"),
            new Shape(Pattern.compile(BOUNDARY_BEFORE + "(token_)[A-Za-z0-9_]+"), "$1"),
            new Shape(Pattern.compile("(?i)(otpauth:(?:\\\\?/){2})[^\\s\"'<>]+"), "$1"),
            new Shape(Pattern.compile("(?i)([?&]secret=)[A-Z2-7=%]+"), "$1"),
            new Shape(Pattern.compile("(?i)(AGE-SECRET-KEY-1)[0-9A-Z]+"), "$1"),
            new Shape(Pattern.compile(BOUNDARY_BEFORE + "(?:[A-Z2-7]{4}-){7}[A-Z2-7]{4}" + BOUNDARY_AFTER), ""),
            new Shape(Pattern.compile("(?i)(code[s]?[\\s:=\"']{1,3})" + BACKUP_CODE + BOUNDARY_AFTER), "$1"),
            new Shape(Pattern.compile(BOUNDARY_BEFORE + "(?=[a-z2-9-]{0,8}[2-9])" + BACKUP_CODE + BOUNDARY_AFTER), ""));

    private SecretRedactor() {}

    /** {@code text} with every known secret shape replaced by its prefix and {@value #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(result);
            if (matcher.find()) {
                result = matcher.replaceAll(shape.keep() + Matcher.quoteReplacement(MASK));
            }
        }
        return result;
    }
}
