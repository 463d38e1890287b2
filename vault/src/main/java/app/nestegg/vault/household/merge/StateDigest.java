package app.nestegg.vault.household.merge;

import java.util.HexFormat;

/** SHA-256 of the shared tables' rows in a canonical order and encoding: equal data, equal digest, on any vault. */
public record StateDigest(String hex) {

    public StateDigest {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A state digest is 64 lower-case hex digits");
        }
    }

    static StateDigest of(byte[] sha256) {
        return new StateDigest(HexFormat.of().formatHex(sha256));
    }

    /** The first 16 hex digits in groups of four, to compare by eye between two computers. */
    public String shortForm() {
        return String.join("-", hex.substring(0, 4), hex.substring(4, 8), hex.substring(8, 12), hex.substring(12, 16));
    }
}
