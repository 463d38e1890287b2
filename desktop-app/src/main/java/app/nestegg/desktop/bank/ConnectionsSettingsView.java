package app.nestegg.desktop.bank;

import app.nestegg.desktop.text.Messages;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

/** Settings → Connections: the linked banks and linking a new one, then the provider keys below. */
public final class ConnectionsSettingsView extends VBox {

    public ConnectionsSettingsView(
            ConnectionsViewModel connections, CredentialsViewModel credentials, Messages messages) {
        super(18);
        setId("connectionsSettings");
        getStyleClass().add("page");
        getChildren()
                .addAll(
                        new ConnectionsView(connections, messages),
                        new Separator(),
                        new CredentialsView(credentials, messages));
    }
}
