package app.nestegg.desktop;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's places for the vault and the logs: {@code $XDG_DATA_HOME/nest-egg} and
 * {@code $XDG_STATE_HOME/nest-egg/logs} on Linux, {@code %APPDATA%\Nest Egg} on Windows,
 * {@code ~/Library/Application Support/Nest Egg} on macOS. {@code NEST_EGG_VAULT} overrides the vault folder.
 */
public record DataLocations(Path vault, Path logs) {

    public static DataLocations detect(Map<String, String> environment, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path data;
        Path logs;
        if (os.contains("win")) {
            Path appData =
                    pathOr(environment, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            data = appData.resolve("Nest Egg");
            logs = pathOr(environment, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"))
                    .resolve("Nest Egg")
                    .resolve("logs");
        } else if (os.contains("mac")) {
            data = home.resolve("Library").resolve("Application Support").resolve("Nest Egg");
            logs = home.resolve("Library").resolve("Logs").resolve("Nest Egg");
        } else {
            data = pathOr(environment, "XDG_DATA_HOME", home.resolve(".local").resolve("share"))
                    .resolve("nest-egg");
            logs = pathOr(environment, "XDG_STATE_HOME", home.resolve(".local").resolve("state"))
                    .resolve("nest-egg")
                    .resolve("logs");
        }
        String chosen = environment.get("NEST_EGG_VAULT");
        Path vault = chosen == null || chosen.isBlank() ? data : Path.of(chosen);
        return new DataLocations(vault, logs);
    }

    /** This machine's places; the {@code nestegg.logs} system property, when set, names the log folder in use. */
    public static DataLocations current() {
        DataLocations detected =
                detect(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
        String logs = System.getProperty("nestegg.logs");
        return logs == null || logs.isBlank() ? detected : new DataLocations(detected.vault(), Path.of(logs));
    }

    private static Path pathOr(Map<String, String> environment, String name, Path fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
