package app.nestegg.benchmarks.report;

import java.util.Locale;

/** How the report writes numbers: grouped thousands, fewer decimals as values grow. */
final class Numbers {

    private Numbers() {}

    static String format(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%,.1f" : "%,.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** A bound as written in the targets file: whole numbers without decimals. */
    static String bound(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : format(value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }
}
