package app.nestegg.vault.exchange.export;

import app.nestegg.vault.exchange.export.ExportException.Reason;
import java.nio.file.Path;

/**
 * Refuses zip entry names that could point outside a folder if anyone extracted them: absolute paths, drive letters,
 * backslashes, {@code ..} segments, control characters. An export's own names are flat ({@code accounts.csv}).
 */
final class EntryNames {

    private static final int MAX_LENGTH = 200;

    private EntryNames() {}

    static String require(Path file, String name) {
        String problem = problem(name);
        if (problem != null) {
            String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
            throw new ExportException(
                    Reason.TAMPERED,
                    file + " cannot be restored: the entry name '" + shown + "' " + problem + ". Nothing was changed.");
        }
        return name;
    }

    private static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "is empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "is too long";
        }
        if (name.startsWith("/")) {
            return "is an absolute path";
        }
        if (name.matches("^[A-Za-z]:.*")) {
            return "starts with a drive letter";
        }
        if (name.contains("\\")) {
            return "contains a backslash, which leads into other folders on Windows";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "leads out of the folder ('..')";
            }
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return "contains a control character";
            }
        }
        return null;
    }
}
