package app.nestegg.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The running build's version, from the POM. */
public final class AppInfo {

    private AppInfo() {}

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
