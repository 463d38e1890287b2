package app.nestegg.desktop;

import app.nestegg.desktop.concurrent.FxTaskExecutor;
import app.nestegg.desktop.security.LegalTexts;
import app.nestegg.desktop.shell.AppWindow;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultEnvironment;
import app.nestegg.vault.VaultService;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: the real environment (system clock, calibrated KDF) and the platform's vault folder. */
public final class NestEggApplication extends Application {

    private FxTaskExecutor executor;
    private DesktopComposition composition;
    private AppWindow window;

    @Override
    public void start(Stage stage) {
        DataLocations locations = DataLocations.current();
        LegalTexts legal = LegalTexts.shipped();
        VaultService service =
                new VaultService(VaultEnvironment.standard(legal.version(), AppInfo.version(), locations.logs()));
        executor = new FxTaskExecutor();
        composition = new DesktopComposition(
                service, locations.vault(), executor, new Messages(Locale.getDefault(), ZoneId.systemDefault()), legal);
        composition.openPagesWith(getHostServices()::showDocument);
        composition.crashHandler().install();
        StartupProbe.attach(composition.flow());
        window = composition.show(stage);
        Main.bundleArgument(getParameters().getRaw().toArray(String[]::new))
                .map(file -> file.toAbsolutePath().normalize())
                .ifPresent(composition::openBundle);
        DesktopApp.singleInstance().ifPresent(claim -> {
            claim.onAnotherLaunch(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
            claim.onBundle(file -> Platform.runLater(() -> composition.openBundle(file)));
        });
    }

    /** Locks the vault (the queued lock runs before the worker stops) and ends background work. */
    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (composition != null) {
            composition.flow().shutdown();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
