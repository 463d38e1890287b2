package app.nestegg.vault.exchange;

import java.util.Locale;

/** The statement formats Nest Egg reads; QFX is OFX with Intuit's extra tags and is read as OFX. */
public enum StatementFormat {
    OFX,
    QIF,
    CSV;

    /** The command-line spelling, {@code ofx}, {@code qif}, {@code csv}; {@code qfx} means OFX. */
    public static StatementFormat fromCliName(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "ofx", "qfx" -> OFX;
            case "qif" -> QIF;
            case "csv" -> CSV;
            default -> throw new IllegalArgumentException("Unknown format '" + text + "'; use ofx, qfx, qif or csv");
        };
    }
}
