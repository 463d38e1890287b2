package app.nestegg.cli;

import java.io.PrintStream;
import java.util.List;

/** Prints backup codes one per line, without turning them into strings. */
final class BackupCodeList {

    private BackupCodeList() {}

    static void print(PrintStream out, List<char[]> codes) {
        for (char[] code : codes) {
            out.print("  ");
            out.print(code);
            out.println();
        }
    }
}
