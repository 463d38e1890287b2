package app.nestegg.desktop;

import app.nestegg.desktop.shell.AppFlowViewModel;
import app.nestegg.desktop.shell.AppFlowViewModel.Screen;
import app.nestegg.vault.ArchitectureExemption;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * For the start-up benchmark and the class-data archive made at build time: with {@code -Dnestegg.startupProbe=true}
 * the app prints when its first screen a person can use (the unlock screen, or the set-up wizard without a vault) has
 * been drawn, then quits.
 */
@ArchitectureExemption(
        rule = "standardStreamsOnlyInCommandLine",
        reason = "benchmarks/cold-start reads the start-up time from standard output; only with the probe's property")
final class StartupProbe {

    static final String PROPERTY = "nestegg.startupProbe";

    private StartupProbe() {}

    static void attach(AppFlowViewModel flow) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        flow.screenProperty().addListener((observable, old, screen) -> {
            if (screen == Screen.UNLOCK || screen == Screen.WIZARD) {
                // The next pulse has drawn the screen; quit after it.
                Platform.runLater(() -> {
                    long now = System.currentTimeMillis();
                    long sinceStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("nest-egg startup: " + screen + " shown " + sinceStart
                            + " ms after the JVM started, at " + now + " ms since the epoch");
                    Platform.exit();
                });
            }
        });
    }
}
