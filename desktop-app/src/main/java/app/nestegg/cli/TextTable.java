package app.nestegg.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns padded to their widest cell, two spaces apart, amounts aligned to the right, trailing
 * spaces removed; a column empty in every row is left out. Rows are added first and printed at once so every row shares the widths.
 */
final class TextTable {

    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** @param rightAligned one flag per column: true for amounts */
    TextTable(boolean... rightAligned) {
        this.rightAligned = rightAligned.clone();
    }

    TextTable row(String... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException(
                    "a row of " + cells.length + " cells in a table of " + rightAligned.length);
        }
        rows.add(cells.clone());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintStream out, String indent) {
        int[] widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], cell(row[i]).length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            boolean first = true;
            for (int i = 0; i < row.length; i++) {
                if (widths[i] == 0) {
                    continue;
                }
                if (!first) {
                    line.append("  ");
                }
                first = false;
                String text = cell(row[i]);
                String padding = " ".repeat(widths[i] - text.length());
                line.append(rightAligned[i] ? padding + text : text + padding);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String cell(String text) {
        return text == null ? "" : text;
    }
}
