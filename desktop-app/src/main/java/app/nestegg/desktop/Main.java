package app.nestegg.desktop;

import app.nestegg.cli.NestEggCli;

/**
 * The one entry point: no arguments start the desktop app, any argument runs the command line. Not a JavaFX
 * {@code Application} itself, so the app also starts with JavaFX on the class path.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (System.getProperty("nestegg.logs") == null) {
            System.setProperty("nestegg.logs", DataLocations.current().logs().toString());
        }
        if (args.length == 0) {
            DesktopApp.start(args);
        } else {
            Runtime.getRuntime().exit(NestEggCli.run(args));
        }
    }
}
