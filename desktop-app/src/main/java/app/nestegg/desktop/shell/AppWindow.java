package app.nestegg.desktop.shell;

import app.nestegg.desktop.shell.AppFlowViewModel.Screen;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The window's scene: shows the flow's current screen, records user activity for the auto-lock, checks the auto-lock
 * every few seconds and locks on Shortcut+L.
 */
public final class AppWindow {

    /** What a screen needs to be shown and later taken down. */
    public record ScreenContent(Node node, Runnable dispose) {}

    /** Builds the content for a screen (the composition root does). */
    @FunctionalInterface
    public interface ScreenFactory {
        ScreenContent create(Screen screen);
    }

    public static final KeyCombination LOCK_SHORTCUT = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final Duration AUTO_LOCK_CHECK = Duration.seconds(5);

    private final AppFlowViewModel flow;
    private final ScreenFactory screens;
    private final StackPane root = new StackPane();
    private final Scene scene;
    private final Timeline autoLock;
    private ScreenContent current;

    public AppWindow(AppFlowViewModel flow, ScreenFactory screens, double width, double height) {
        this.flow = flow;
        this.screens = screens;
        root.setId("appRoot");
        scene = new Scene(root, width, height);
        scene.addEventFilter(InputEvent.ANY, event -> flow.userActivity());
        scene.getAccelerators().put(LOCK_SHORTCUT, flow::lock);
        autoLock = new Timeline(new KeyFrame(AUTO_LOCK_CHECK, event -> flow.checkAutoLock()));
        autoLock.setCycleCount(Animation.INDEFINITE);
        autoLock.play();
        flow.screenProperty().addListener((observable, old, screen) -> show(screen));
        show(flow.screenProperty().get());
    }

    private void show(Screen screen) {
        if (current != null) {
            current.dispose().run();
        }
        current = screens.create(screen);
        root.getChildren().setAll(current.node());
    }

    public Scene scene() {
        return scene;
    }

    /** Stops the timer and takes the current screen down (the window is closing). */
    public void close() {
        autoLock.stop();
        if (current != null) {
            current.dispose().run();
            current = null;
        }
    }
}
