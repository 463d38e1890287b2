package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.exchange.StatementLine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * External ids for statement lines. A bank's id is kept as it is; a line without one (QIF, CSV) gets an id derived
 * from its date, amount, payee and memo and from how many identical lines came before it in the file, so importing
 * the same file again finds every row by id even after a rule renamed its payee, while two identical coffees on one
 * day stay two rows.
 */
final class LineIds {

    static final String DERIVED_PREFIX = "nestegg:";

    private final Map<String, Integer> seen = new HashMap<>();
    private final MessageDigest sha256;

    LineIds() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    String idOf(StatementLine line) {
        if (line.externalId() != null && !line.externalId().isBlank()) {
            return line.externalId().strip();
        }
        String content = line.date() + "|" + line.amount().stripTrailingZeros().toPlainString() + "|" + line.payee()
                + "|" + (line.memo() == null ? "" : line.memo().strip());
        int occurrence = seen.merge(content, 1, Integer::sum);
        byte[] digest = sha256.digest((content + "|" + occurrence).getBytes(StandardCharsets.UTF_8));
        return DERIVED_PREFIX + HexFormat.of().formatHex(digest, 0, 16);
    }

    static boolean isDerived(String externalId) {
        return externalId == null || externalId.startsWith(DERIVED_PREFIX);
    }
}
