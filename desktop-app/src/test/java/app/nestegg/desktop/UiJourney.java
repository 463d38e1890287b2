package app.nestegg.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.concurrent.FxTaskExecutor;
import app.nestegg.desktop.shell.AppWindow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX journey through the real window: the composition root with the real JavaFX executor, on a vault in the
 * test's folder with the weakest allowed KDF and a clock the test moves.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
public abstract class UiJourney {

    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    protected Path root;

    protected TestVaults vaults;
    protected final FxRobot robot = new FxRobot();
    private FxTaskExecutor executor;
    private DesktopComposition composition;
    private AppWindow window;

    /** Runs before the window opens, e.g. to create a vault. */
    protected void before() {}

    /** Runs before the window opens, with the composition root it will be built from. */
    protected void configure(DesktopComposition composition) {}

    /** TestFX's {@code @Start} is only found on the test class itself, so the window opens here. */
    @BeforeEach
    public void openWindow() throws TimeoutException {
        vaults = new TestVaults(root);
        before();
        executor = new FxTaskExecutor();
        composition = new DesktopComposition(
                vaults.service(), vaults.folder(), executor, TestVaults.messages(), TestVaults.LEGAL);
        configure(composition);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = composition.show(stage);
        });
    }

    @AfterEach
    public void closeWindow() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            window.close();
            composition.flow().shutdown();
        });
        executor.close();
        FxToolkit.cleanupStages();
    }

    protected <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    protected Optional<Node> find(String query) {
        return robot.lookup(query).tryQuery();
    }

    /** Whether a node matching {@code query} is on screen now. */
    protected boolean isShown(String query) {
        return robot.lookup(query).match(UiJourney::shown).tryQuery().isPresent();
    }

    /** Waits until a node matching {@code query} is shown. */
    protected void waitForVisible(String query) {
        waitUntil(query, UiJourney::shown);
    }

    protected void waitForEnabled(String query) {
        waitUntil(query, node -> shown(node) && !node.isDisabled());
    }

    protected void waitForText(String query, Predicate<String> condition) {
        waitUntil(query, node -> shown(node) && condition.test(text(node)));
    }

    /** In the window with every ancestor visible (a node's own flag says nothing about hidden parents). */
    protected static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void waitUntil(String query, Predicate<Node> condition) {
        try {
            WaitForAsyncUtils.waitFor(
                    TIMEOUT_SECONDS,
                    TimeUnit.SECONDS,
                    () -> robot.lookup(query).match(condition::test).tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + TIMEOUT_SECONDS + " s for " + query + "; it is "
                    + find(query).map(n -> n + " text=" + text(n)).orElse("absent"));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static String text(Node node) {
        return switch (node) {
            case Labeled labeled -> labeled.getText();
            case TextInputControl input -> input.getText();
            // A container's text: its descendants' texts, a line each, so a card can be checked as a whole.
            case javafx.scene.Parent parent ->
                parent.getChildrenUnmodifiable().stream()
                        .map(UiJourney::text)
                        .filter(t -> t != null && !t.isEmpty())
                        .collect(java.util.stream.Collectors.joining("\n"));
            default -> "";
        };
    }

    /**
     * Clicks the navigation entry of {@code page} once its cell is on screen: the list lays its cells out after it
     * shows, so under load the entry can be missing for a moment after {@code #navigation} is visible.
     */
    protected void openPage(String page) {
        waitForVisible("#nav-" + page);
        robot.clickOn("#nav-" + page);
    }

    /** Unlocks the vault {@link #before()} made and opens the Settings tab with id {@code tabId}. */
    protected void unlockAndOpenSettingsTab(String tabId) {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("settings");
        waitForVisible("#settingsTabs");
        TabPane tabs = node("#settingsTabs");
        robot.interact(() -> tabs.getTabs().stream()
                .filter(tab -> tabId.equals(tab.getId()))
                .findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the scroll pane {@code paneQuery} until {@code query} is on screen (a robot clicks nothing else), then clicks it. */
    protected void clickScrolledTo(String paneQuery, String query) {
        robot.interact(() -> {
            Node target = node(query);
            javafx.scene.control.ScrollPane pane = node(paneQuery);
            javafx.geometry.Bounds bounds =
                    pane.getContent().sceneToLocal(target.localToScene(target.getBoundsInLocal()));
            double scrollable = pane.getContent().getBoundsInLocal().getHeight()
                    - pane.getViewportBounds().getHeight();
            pane.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, bounds.getMinY() - 40) / scrollable));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    protected void type(String query, String text) {
        robot.clickOn(query).write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(node(query))).isNotNull();
    }
}
