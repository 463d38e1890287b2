package app.nestegg.desktop.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little Markdown the legal texts use: {@code #} headings, paragraphs, {@code -} and {@code 1.} list items (with
 * indented continuation lines) and {@code **bold**} spans.
 */
public final class MarkdownBlocks {

    /** What a block is. */
    public enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM
    }

    /**
     * One block of text.
     *
     * @param marker the list item's marker ("•" or "1."), or empty
     * @param spans the text in runs that alternate plain, bold, plain…
     */
    public record Block(Kind kind, String marker, List<Span> spans) {}

    /** A run of text, bold or not. */
    public record Span(String text, boolean bold) {}

    private static final Pattern BULLET = Pattern.compile("^[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+\\.)\\s+(.*)$");

    private MarkdownBlocks() {}

    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        Kind kind = null;
        String marker = "";
        StringBuilder text = new StringBuilder();
        for (String line : markdown.replace("\r", "").split("\n", -1)) {
            String trimmed = line.strip();
            Matcher bullet = BULLET.matcher(trimmed);
            Matcher numbered = NUMBERED.matcher(trimmed);
            boolean continuation = kind != null && !trimmed.isEmpty() && Character.isWhitespace(line.charAt(0));
            if (trimmed.isEmpty()
                    || trimmed.startsWith("#")
                    || (!continuation && (bullet.matches() || numbered.matches()))) {
                add(blocks, kind, marker, text);
                kind = null;
                marker = "";
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            if (kind == null && trimmed.startsWith("#")) {
                blocks.add(new Block(Kind.HEADING, "", spans(trimmed.replaceFirst("^#+\\s*", ""))));
            } else if (kind == null && bullet.matches()) {
                kind = Kind.LIST_ITEM;
                marker = "•";
                text.append(bullet.group(1));
            } else if (kind == null && numbered.matches()) {
                kind = Kind.LIST_ITEM;
                marker = numbered.group(1);
                text.append(numbered.group(2));
            } else {
                kind = kind == null ? Kind.PARAGRAPH : kind;
                text.append(text.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        add(blocks, kind, marker, text);
        return blocks;
    }

    private static void add(List<Block> blocks, Kind kind, String marker, StringBuilder text) {
        if (kind != null && !text.isEmpty()) {
            blocks.add(new Block(kind, marker, spans(text.toString())));
        }
        text.setLength(0);
    }

    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        String[] parts = text.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                spans.add(new Span(parts[i], i % 2 == 1));
            }
        }
        return spans;
    }
}
