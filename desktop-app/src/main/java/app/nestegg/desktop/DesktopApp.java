package app.nestegg.desktop;

/** Starts the JavaFX application. */
public final class DesktopApp {

    private DesktopApp() {}

    public static void start(String[] args) {
        throw new UnsupportedOperationException("the desktop app is being built");
    }
}
