package app.nestegg.desktop;

import app.nestegg.cli.NestEggCli;
import app.nestegg.vault.store.SecureFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one entry point: no arguments start the desktop app, any argument runs the command line. The installed
 * {@code nest-egg} launcher sets {@code nestegg.launcher=cli}, so that without arguments it prints the command line's
 * help instead of opening the window. Not a JavaFX {@code Application} itself, so the app also starts with JavaFX on
 * the class path.
 */
public final class Main {

    static final String BUNDLE_EXTENSION = ".nestegg-bundle";

    private Main() {}

    /** The log folder exists before Logback writes to it, and only its owner can read it. */
    private static void prepareLogFolder(Path folder) {
        try {
            SecureFiles.createPrivateFolder(folder);
        } catch (IOException e) {
            // Logging is not worth refusing to start over; Logback reports the folder problem itself.
        }
    }

    /** The window, unless one is already open: then that one comes to the front and this launch ends. */
    private static void startDesktop(String[] args) {
        Path logs = Path.of(System.getProperty("nestegg.logs")).toAbsolutePath();
        Path folder = logs.getParent() == null ? logs : logs.getParent();
        Optional<SingleInstance> claim;
        try {
            claim = SingleInstance.claim(folder, bundleArgument(args));
        } catch (IOException e) {
            // Without the guard the app still starts; a second window would meet the vault's lock and say so.
            DesktopApp.start(args, null);
            return;
        }
        if (claim.isEmpty()) {
            // The open window came to the front (with the bundle, if any): that is the answer this launch gives.
            return;
        }
        StartupWarmUp.start();
        try (SingleInstance instance = claim.get()) {
            DesktopApp.start(args, instance);
        } catch (IOException e) {
            // The port file could not be removed; the next launch finds it stale.
        }
    }

    /** The household bundle file a launch was opened with (the installers' file association), if any. */
    static Optional<Path> bundleArgument(String[] args) {
        return args.length == 1 && args[0].endsWith(BUNDLE_EXTENSION)
                ? Optional.of(Path.of(args[0]))
                : Optional.empty();
    }

    /**
     * Whether a launch opens the window: the desktop launcher with no arguments, or with one household bundle file
     * (what the file association passes; the window asks to merge it after the unlock).
     */
    static boolean opensTheWindow(String[] args, String launcher) {
        if ("cli".equals(launcher)) {
            return false;
        }
        return args.length == 0 || (args.length == 1 && args[0].endsWith(BUNDLE_EXTENSION));
    }

    public static void main(String[] args) {
        String logs = System.getProperty("nestegg.logs");
        if (logs == null || logs.isBlank()) {
            System.setProperty("nestegg.logs", DataLocations.current().logs().toString());
        }
        prepareLogFolder(Path.of(System.getProperty("nestegg.logs")));
        if (opensTheWindow(args, System.getProperty("nestegg.launcher"))) {
            startDesktop(args);
        } else {
            Runtime.getRuntime().exit(NestEggCli.run(args));
        }
    }
}
