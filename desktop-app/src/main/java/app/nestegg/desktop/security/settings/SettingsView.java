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
        ScrollPane deleteScroll = new ScrollPane(delete);
        deleteScroll.setFitToWidth(true);
        Tab deleteTab = new Tab(messages.get("settings.delete"), deleteScroll);
        deleteTab.setId("deleteTab");
        ScrollPane currenciesScroll = new ScrollPane(currencies);
        currenciesScroll.setFitToWidth(true);
        Tab currenciesTab = new Tab(messages.get("settings.currencies"), currenciesScroll);
        currenciesTab.setId("currenciesTab");
        ScrollPane dataScroll = new ScrollPane(data);
        dataScroll.setFitToWidth(true);
        Tab dataTab = new Tab(messages.get("settings.data"), dataScroll);
        dataTab.setId("dataTab");
        ScrollPane connectionsScroll = new ScrollPane(connections);
        connectionsScroll.setFitToWidth(true);
        Tab connectionsTab = new Tab(messages.get("settings.connections"), connectionsScroll);
        connectionsTab.setId("connectionsTab");
        ScrollPane jobsScroll = new ScrollPane(scheduledWork);
        jobsScroll.setFitToWidth(true);
        Tab jobsTab = new Tab(messages.get("settings.scheduledWork"), jobsScroll);
        jobsTab.setId("scheduledWorkTab");
        getTabs().addAll(securityTab, currenciesTab, dataTab, connectionsTab, jobsTab, deleteTab);
    }
}
