package app.nestegg.desktop.shell;

import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;

/** The one place the AtlantaFX theme is applied, plus the app's own stylesheet (which uses theme tokens only). */
public final class ThemeSwitcher {

    public static final String APP_STYLESHEET = "/app/nestegg/desktop/nest-egg.css";

    private ThemeSwitcher() {}

    /** Applies the theme now and whenever it changes. */
    public static void follow(ObjectProperty<AppTheme> theme, Scene scene) {
        apply(theme.get());
        theme.addListener((observable, old, now) -> apply(now));
        scene.getStylesheets()
                .add(ThemeSwitcher.class.getResource(APP_STYLESHEET).toExternalForm());
    }

    private static void apply(AppTheme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }
}
