package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.DesktopComposition;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.logs.LogSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A view that throws shows the calm crash dialog and leaves a report in the crash-reports folder; so does a
 * background thread. The log level control in Settings → Data saves the choice at once.
 */
class CrashJourneyTest extends UiJourney {

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private DesktopComposition composition;
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;
    private boolean installed;

    @Override
    protected void before() {
        vaults.create().lock();
    }

    @Override
    protected void configure(DesktopComposition composition) {
        this.composition = composition;
        composition.openPagesWith(opened::add);
    }

    @AfterEach
    void restoreHandlers() {
        if (!installed) {
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previousFx));
    }

    private void installCrashHandler() {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        robot.interact(() -> {
            previousFx = Thread.currentThread().getUncaughtExceptionHandler();
            composition.crashHandler().install();
        });
        installed = true;
    }

    private Path crashReports() {
        return root.resolve("logs").resolve("crash-reports");
    }

    private List<Path> reports() throws IOException {
        if (!Files.isDirectory(crashReports())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(crashReports())) {
            return files.sorted().toList();
        }
    }

    @Test
    void aCrashInAViewShowsTheDialogAndWritesAReport() throws Exception {
        installCrashHandler();
        waitForEnabled("#passphrase");
        type("#passphrase", vaultsPassphrase());
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        Node settings = node("#nav-settings");
        robot.interact(() -> settings.addEventFilter(MouseEvent.MOUSE_CLICKED, event -> {
            throw new IllegalStateException("the settings view broke for access-sandbox-0c6b4f6e-known");
        }));

        openPage("settings");

        waitForVisible("#crashDialog");
        DialogPane dialog = node("#crashDialog");
        assertThat(dialog.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(dialog.getContentText()).contains(crashReports().toString()).doesNotContain("\tat ");
        assertThat(reports())
                .singleElement()
                .satisfies(report -> assertThat(Files.readString(report))
                        .contains(
                                "Thread: JavaFX Application Thread",
                                "java.lang.IllegalStateException: the settings view broke for access-sandbox-[hidden]")
                        .doesNotContain("0c6b4f6e-known"));

        robot.clickOn("#copyCrashReport");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).startsWith("Nest Egg crash report").doesNotContain("0c6b4f6e-known");
        robot.clickOn("#openCrashFolder");
        assertThat(opened).containsExactly(crashReports().toUri().toString());
        assertThat(isShown("#crashDialog"))
                .as("copy and open leave the dialog open")
                .isTrue();

        robot.clickOn("#closeCrashDialog");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown("#crashDialog")).isFalse();
    }

    @Test
    void aCrashOnABackgroundThreadAlsoShowsTheDialog() throws Exception {
        installCrashHandler();
        Thread worker = new Thread(
                () -> {
                    throw new IllegalStateException("a background task broke");
                },
                "nest-egg-test-worker");
        worker.start();
        worker.join();

        waitForVisible("#crashDialog");
        assertThat(reports())
                .singleElement()
                .satisfies(report -> assertThat(Files.readString(report))
                        .contains("Thread: nest-egg-test-worker", "a background task broke"));
        robot.clickOn("#closeCrashDialog");
    }

    @Test
    void theLogLevelControlSavesTheChoiceAtOnce() {
        unlockAndOpenSettingsTab("dataTab");
        waitForVisible("#logLevel");
        ComboBox<LogSettings.Level> level = node("#logLevel");
        CheckBox json = node("#logJson");
        assertThat(level.getValue()).isEqualTo(LogSettings.Level.INFO);

        robot.interact(() -> level.setValue(LogSettings.Level.DEBUG));
        robot.interact(() -> json.setSelected(true));

        assertThat(LogSettings.read(root.resolve("logs")))
                .isEqualTo(new LogSettings(LogSettings.Level.DEBUG, LogSettings.Format.JSON));
    }

    private static String vaultsPassphrase() {
        return app.nestegg.desktop.TestVaults.PASSPHRASE;
    }
}
