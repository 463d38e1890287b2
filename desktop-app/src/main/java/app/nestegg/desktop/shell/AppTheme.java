package app.nestegg.desktop.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/** The two looks: AtlantaFX Primer light and dark. */
public enum AppTheme {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark());

    private final Theme theme;

    AppTheme(Theme theme) {
        this.theme = theme;
    }

    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }

    public AppTheme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
