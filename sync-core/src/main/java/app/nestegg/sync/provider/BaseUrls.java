package app.nestegg.sync.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a provider base URL from settings or the environment: {@code https://} always, plain {@code http://} only to
 * this computer (127.0.0.1, ::1, localhost) so a local fake or proxy can stand in. TLS is never switched off.
 */
public final class BaseUrls {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "::1", "localhost");

    private BaseUrls() {}

    /**
     * The URL without a trailing slash.
     *
     * @param source where the URL came from, named in the message (a setting or an environment variable)
     * @throws IllegalArgumentException with a message naming the source and the problem
     */
    public static String checked(String url, String source) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(source + " is empty; give a URL such as https://sandbox.plaid.com");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(source + " is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new IllegalArgumentException(source + " has no host: " + url.strip());
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException(source + " must be a plain base URL, without user, query or fragment");
        }
        boolean secure = scheme.equals("https");
        boolean localPlain = scheme.equals("http") && LOOPBACK.contains(host);
        if (!secure && !localPlain) {
            throw new IllegalArgumentException(source + " must start with https:// (plain http:// is allowed only for"
                    + " 127.0.0.1, ::1 and localhost): " + url.strip());
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
