package app.nestegg.desktop.bank;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The linked banks, each as a card with its status in words and its buttons, the disconnect confirmation, and the
 * "Link a bank" buttons. While the browser is open a timeline asks the view model to look every two seconds.
 */
public final class ConnectionsView extends VBox {

    private static final Duration POLL_EVERY = Duration.seconds(2);

    private final ConnectionsViewModel connections;
    private final Messages messages;
    private final VBox list = new VBox(10);

    public ConnectionsView(ConnectionsViewModel connections, Messages messages) {
        super(10);
        this.connections = connections;
        this.messages = messages;
        setId("bankConnections");
        list.setId("connectionList");
        connections.rows().addListener((ListChangeListener<ConnectionRow>) change -> showRows());
        showRows();
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("connectionsProgress");
        progress.setPrefSize(22, 22);
        Views.showWhen(progress, connections.busyProperty());
        getChildren()
                .addAll(
                        Views.label(messages.get("bank.connectionsTitle"), Styles.TITLE_4),
                        list,
                        confirmation(),
                        Views.label(messages.get("bank.linkTitle"), Styles.TITLE_4),
                        Views.label(messages.get("bank.linkHelp"), Styles.TEXT_MUTED),
                        linkButtons(),
                        waiting(),
                        Forms.row(
                                progress,
                                Views.message("connectionsStatus", connections.statusProperty(), Styles.SUCCESS)),
                        Views.message("connectionsError", connections.errorProperty(), Styles.DANGER));
        pollWhileWaiting();
    }

    private void showRows() {
        if (connections.rows().isEmpty()) {
            list.getChildren().setAll(Views.label(messages.get("bank.noConnections"), Styles.TEXT_MUTED));
            return;
        }
        list.getChildren().setAll(connections.rows().stream().map(this::card).toList());
    }

    private Node card(ConnectionRow row) {
        VBox card = new VBox(4);
        card.setId("connection-" + row.id());
        card.getStyleClass().addAll("inset-box", "connection-card");
        card.getChildren()
                .addAll(
                        Views.label(row.institution(), Styles.TEXT_BOLD),
                        Views.label(messages.format("bank.connection.provider", row.provider()), Styles.TEXT_MUTED),
                        Views.label(
                                messages.format("bank.connection.status", row.status()),
                                row.needsRelink() ? Styles.WARNING : Styles.TEXT_SMALL),
                        Views.label(messages.format("bank.connection.lastSync", row.lastSync())),
                        Views.label(messages.format("bank.connection.accounts", row.accounts())));
        if (!row.nextRetry().isEmpty()) {
            card.getChildren().add(Views.label(messages.format("bank.connection.nextRetry", row.nextRetry())));
        }
        if (!row.error().isEmpty()) {
            card.getChildren().add(Views.label(messages.format("bank.connection.error", row.error()), Styles.DANGER));
        }
        card.getChildren().add(buttons(row));
        return card;
    }

    private HBox buttons(ConnectionRow row) {
        Button sync = Views.button("syncNow-" + row.id(), messages.get("bank.syncNow"), () -> connections.syncNow(row));
        Button disconnect = Views.button(
                "disconnect-" + row.id(), messages.get("bank.disconnect"), () -> connections.askDisconnect(row));
        sync.disableProperty().bind(connections.busyProperty().or(connections.waitingProperty()));
        disconnect.disableProperty().bind(connections.busyProperty().or(connections.waitingProperty()));
        HBox buttons = Forms.row(sync, disconnect);
        if (row.needsRelink()) {
            Button relink = Views.button(
                    "relink-" + row.id(), messages.get("bank.relink"), () -> connections.relink(row), Styles.ACCENT);
            relink.disableProperty().bind(connections.busyProperty().or(connections.waitingProperty()));
            buttons.getChildren().addFirst(relink);
        }
        return buttons;
    }

    private Node confirmation() {
        Label question = Views.label("");
        question.setId("disconnectQuestion");
        question.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> connections.pendingDisconnectProperty().get() == null
                                ? ""
                                : messages.format(
                                        "bank.confirmDisconnect",
                                        connections
                                                .pendingDisconnectProperty()
                                                .get()
                                                .institution()),
                        connections.pendingDisconnectProperty()));
        Button confirm = Views.button(
                "confirmDisconnect",
                messages.get("bank.confirmDisconnectButton"),
                connections::confirmDisconnect,
                Styles.DANGER);
        Button keep =
                Views.button("keepConnection", messages.get("bank.keepConnection"), connections::cancelDisconnect);
        VBox box = new VBox(8, question, Forms.row(confirm, keep));
        box.getStyleClass().add("inset-box");
        Views.showWhen(box, connections.pendingDisconnectProperty().isNotNull());
        return box;
    }

    private Node linkButtons() {
        Button sandbox =
                Views.button("linkSandbox", messages.get("bank.linkSandbox"), connections::linkSandbox, Styles.ACCENT);
        Views.showWhen(sandbox, connections.plaidSandboxProperty());
        Button browser = Views.button("linkInBrowser", messages.get("bank.linkInBrowser"), connections::linkInBrowser);
        Views.showWhen(browser, connections.plaidReadyProperty());
        sandbox.disableProperty().bind(connections.busyProperty().or(connections.waitingProperty()));
        browser.disableProperty().bind(connections.busyProperty().or(connections.waitingProperty()));
        Label needsKeys = Views.label(messages.get("bank.linkNeedsKeys"), Styles.TEXT_MUTED);
        Views.showWhen(needsKeys, connections.plaidReadyProperty().not());
        Button teller = Views.button("linkTeller", messages.get("bank.linkTeller"), connections::linkWithTeller);
        Views.showWhen(teller, connections.tellerReadyProperty());
        teller.disableProperty().bind(connections.busyProperty().or(connections.waitingProperty()));
        Label tellerNeedsKeys = Views.label(messages.get("bank.linkTellerNeedsKeys"), Styles.TEXT_MUTED);
        Views.showWhen(tellerNeedsKeys, connections.tellerReadyProperty().not());
        return new VBox(8, Forms.row(sandbox, browser, teller), needsKeys, tellerNeedsKeys);
    }

    private Node waiting() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Button cancel = Views.button("cancelLink", messages.get("bank.cancelLink"), connections::cancelLink);
        HBox box = Forms.row(spinner, Views.label(messages.get("bank.waitingForBrowser")), cancel);
        box.setId("waitingForBrowser");
        Views.showWhen(box, connections.waitingProperty());
        return box;
    }

    private void pollWhileWaiting() {
        Timeline poll = new Timeline(new KeyFrame(POLL_EVERY, event -> connections.pollLink()));
        poll.setCycleCount(Animation.INDEFINITE);
        connections.waitingProperty().addListener((observable, was, now) -> {
            if (now) {
                poll.play();
            } else {
                poll.stop();
            }
        });
    }
}
