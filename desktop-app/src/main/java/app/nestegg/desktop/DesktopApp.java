package app.nestegg.desktop;

import javafx.application.Application;

/**
 * Starts the JavaFX application. Not an {@link Application} itself, so that {@link Main} can start the app with JavaFX
 * on the class path (where a main class extending Application would be refused).
 */
public final class DesktopApp {

    private DesktopApp() {}

    /** Blocks until the last window closes. */
    public static void start(String[] args) {
        Application.launch(NestEggApplication.class, args);
    }
}
