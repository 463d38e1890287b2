package app.nestegg.vault.exchange.ofx;

import app.nestegg.vault.exchange.ImportException;
import java.util.Locale;

/**
 * Walks the tags of an OFX body, SGML (leaf elements unclosed) and XML alike, with line numbers. A start tag followed
 * by text is a leaf; one followed by another tag opens an aggregate.
 */
final class OfxTagScanner {

    interface Listener {
        void start(String name, int line);

        void leaf(String name, String value, int line);

        void end(String name, int line);
    }

    private final String fileName;
    private final String text;
    private int pos;
    private int line = 1;

    OfxTagScanner(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
    }

    /** Scans from the {@code <OFX>} tag to the end; returns the last line number. */
    int scan(Listener listener) {
        int ofx = indexOfIgnoreCase(text, "<OFX>");
        if (ofx < 0) {
            throw ImportException.wholeFile(fileName, "not an OFX file: there is no <OFX> element");
        }
        advanceTo(ofx);
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c != '<') {
                advanceTo(nextTag(pos));
                continue;
            }
            int tagLine = line;
            if (text.startsWith("<!--", pos)) {
                int close = text.indexOf("-->", pos);
                advanceTo(close < 0 ? n : close + 3);
                continue;
            }
            int close = text.indexOf('>', pos);
            if (close < 0) {
                throw new ImportException(fileName, tagLine, null, "the OFX ends inside a tag");
            }
            String tag = text.substring(pos + 1, close);
            advanceTo(close + 1);
            if (tag.startsWith("?") || tag.startsWith("!")) {
                continue;
            }
            if (tag.startsWith("/")) {
                listener.end(name(tag.substring(1)), tagLine);
                continue;
            }
            boolean selfClosing = tag.endsWith("/");
            String name = name(selfClosing ? tag.substring(0, tag.length() - 1) : tag);
            if (name.isEmpty()) {
                throw new ImportException(fileName, tagLine, null, "an empty tag '<" + tag + ">'");
            }
            if (selfClosing) {
                listener.leaf(name, "", tagLine);
                continue;
            }
            int next = nextTag(pos);
            String value = text.substring(pos, next).strip();
            advanceTo(next);
            if (!value.isEmpty() || OfxElements.isLeaf(name)) {
                listener.leaf(name, OfxEntities.decode(value), tagLine);
            } else {
                listener.start(name, tagLine);
            }
        }
        return line;
    }

    private int nextTag(int from) {
        int next = text.indexOf('<', from);
        return next < 0 ? text.length() : next;
    }

    private void advanceTo(int target) {
        for (int i = pos; i < target; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        pos = target;
    }

    private static String name(String tag) {
        int end = 0;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end))) {
            end++;
        }
        return tag.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String text, String what) {
        int limit = text.length() - what.length();
        for (int i = 0; i <= limit; i++) {
            if (text.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
