package app.nestegg.sync.diagnostics;

import java.util.Optional;

/** The Java, JavaFX and operating-system versions the app runs on; JavaFX is absent where it was not loaded. */
public record RuntimeVersions(String java, Optional<String> javafx, String os) {

    /** This process's versions; {@code javafx} as the desktop app reads it, or empty on the command line. */
    public static RuntimeVersions current(Optional<String> javafx) {
        return new RuntimeVersions(
                System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                        + System.getProperty("java.vendor") + ")",
                javafx,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
    }
}
