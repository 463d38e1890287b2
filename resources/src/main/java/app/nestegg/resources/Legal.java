package app.nestegg.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The terms of use and the privacy notice shipped with this build, and their version. */
public final class Legal {

    private static final String FOLDER = "/app/nestegg/resources/legal/";

    private Legal() {}

    /** The version users accept; raising it asks everyone to accept again at their next unlock. */
    public static int version() {
        Properties properties = new Properties();
        try (InputStream in = open("legal.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(properties.getProperty("version").trim());
    }

    public static String terms() {
        return text("terms.md");
    }

    public static String privacy() {
        return text("privacy.md");
    }

    private static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Legal.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("missing resource " + FOLDER + name);
        }
        return in;
    }
}
