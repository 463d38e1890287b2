package app.nestegg.desktop;

import javafx.application.Application;

/**
 * Starts the JavaFX application. Not an {@link Application} itself, so that {@link Main} can start the app with JavaFX
 * on the class path (where a main class extending Application would be refused).
 */
public final class DesktopApp {

    private static volatile SingleInstance instance;

    private DesktopApp() {}

    /** Blocks until the last window closes; {@code claim} (may be null) is told to raise the window on a new launch. */
    public static void start(String[] args, SingleInstance claim) {
        instance = claim;
        Application.launch(NestEggApplication.class, args);
    }

    /** This launch's single-instance claim, or empty when it runs without one. */
    static java.util.Optional<SingleInstance> singleInstance() {
        return java.util.Optional.ofNullable(instance);
    }
}
