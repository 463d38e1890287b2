package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.text.Messages;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Settings page: Security, Currencies, Data, Connections, Scheduled work and Delete vault tabs. */
public final class SettingsView extends TabPane {

    public SettingsView(
            SecuritySettingsView security,
            Node currencies,
            Node data,
            Node connections,
            Node scheduledWork,
            DeleteVaultView delete,
            Messages messages) {
        setId("settingsTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab securityTab = new Tab(messages.get("settings.security"), security);
        securityTab.setId("securityTab");
        getTabs()
                .addAll(
                        securityTab,
                        scrolled("currenciesTab", messages.get("settings.currencies"), currencies),
                        scrolled("dataTab", messages.get("settings.data"), data),
                        scrolled("connectionsTab", messages.get("settings.connections"), connections),
                        scrolled("scheduledWorkTab", messages.get("settings.scheduledWork"), scheduledWork),
                        scrolled("deleteTab", messages.get("settings.delete"), delete));
    }

    private static Tab scrolled(String id, String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }
}
