package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.text.Messages;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Settings page: Security and Delete vault tabs. */
public final class SettingsView extends TabPane {

    public SettingsView(SecuritySettingsView security, DeleteVaultView delete, Messages messages) {
        setId("settingsTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab securityTab = new Tab(messages.get("settings.security"), security);
        securityTab.setId("securityTab");
        ScrollPane deleteScroll = new ScrollPane(delete);
        deleteScroll.setFitToWidth(true);
        Tab deleteTab = new Tab(messages.get("settings.delete"), deleteScroll);
        deleteTab.setId("deleteTab");
        getTabs().addAll(securityTab, deleteTab);
    }
}
