package app.nestegg.vault.exchange.ofx;

/** The character references OFX values use: the five XML entities and numeric references. */
final class OfxEntities {

    private OfxEntities() {}

    static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int semicolon = c == '&' ? value.indexOf(';', i) : -1;
            if (semicolon < 0 || semicolon - i > 10) {
                out.append(c);
                i++;
                continue;
            }
            String entity = value.substring(i + 1, semicolon);
            String replacement = replacement(entity);
            if (replacement == null) {
                out.append(c);
                i++;
            } else {
                out.append(replacement);
                i = semicolon + 1;
            }
        }
        return out.toString();
    }

    private static String replacement(String entity) {
        switch (entity) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return " ";
            default:
                break;
        }
        if (entity.length() < 2 || entity.charAt(0) != '#') {
            return null;
        }
        try {
            int code = entity.charAt(1) == 'x' || entity.charAt(1) == 'X'
                    ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1));
            return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
