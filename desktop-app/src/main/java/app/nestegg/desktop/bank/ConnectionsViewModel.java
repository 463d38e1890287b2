package app.nestegg.desktop.bank;

import app.nestegg.desktop.bank.LinkedSync.Linked;
import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import app.nestegg.sync.engine.ProviderSetup;
import app.nestegg.sync.plaid.LinkToken;
import app.nestegg.sync.plaid.LinkTokenStatus;
import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.teller.TellerConnectListener;
import app.nestegg.sync.teller.TellerConnectOutcome;
import app.nestegg.sync.teller.TellerSetupException;
import app.nestegg.vault.bank.BankProviderKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Connections, the banks: the linked connections with their status in plain words, "Sync now",
 * "Disconnect" (after a confirmation) and "Re-link" for a login that needs the person again, and linking a new bank
 * through Plaid (the sandbox shortcut, or Hosted Link in the browser) or Teller Connect (a one-shot page on
 * 127.0.0.1 in the browser). Waiting for the browser is not one long call: the view asks {@link #pollLink()} every few
 * seconds and each look is one short call (Plaid) or a glance at the page's outcome (Teller), so the one worker thread
 * is never held while the person signs in.
 */
public final class ConnectionsViewModel {

    /** How long a Hosted Link session is waited for at most (the link token's own expiry may end it sooner). */
    public static final Duration LINK_WAIT = Duration.ofMinutes(30);

    private final BankAccess bank;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final BankErrors errors;
    private final ConnectionTexts texts;
    private final PlaidLinking linking;
    private final TellerLinking tellerLinking;
    private final BrowserOpener browser;
    private final Clock clock;
    private final ObservableList<ConnectionRow> rows = FXCollections.observableArrayList();
    // One read-only view, kept: listeners on it last as long as this view model.
    private final ObservableList<ConnectionRow> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper plaidReady = new ReadOnlyBooleanWrapper(this, "plaidReady");
    private final ReadOnlyBooleanWrapper plaidSandbox = new ReadOnlyBooleanWrapper(this, "plaidSandbox");
    private final ReadOnlyBooleanWrapper tellerReady = new ReadOnlyBooleanWrapper(this, "tellerReady");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");
    private final ReadOnlyObjectWrapper<ConnectionRow> pendingDisconnect =
            new ReadOnlyObjectWrapper<>(this, "pendingDisconnect");
    private LinkToken session;
    private TellerConnectListener tellerPage;
    private UUID relinking;
    private Instant deadline;

    private record Loaded(List<ConnectionRow> rows, boolean ready, boolean sandbox, boolean tellerReady) {}

    public ConnectionsViewModel(BankAccess bank, TaskExecutor executor, Messages messages, BrowserOpener browser) {
        this.bank = bank;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.errors = new BankErrors(messages);
        this.texts = new ConnectionTexts(messages);
        this.linking = new PlaidLinking(bank, texts);
        this.tellerLinking = new TellerLinking(bank, texts);
        this.browser = browser;
        this.clock = bank.clock();
    }

    /** Reads the connections again, whether Plaid's keys are there (and for the sandbox), and Teller's. */
    public void refresh() {
        tasks.run(this::load, this::show, this::failed);
    }

    private Loaded load() {
        List<ConnectionRow> list =
                texts.rows(bank.connections(), bank.session().ledger().accounts());
        ProviderSetup setup = bank.setup();
        PlaidEnvironment plaid = plaidEnvironment(setup);
        return new Loaded(list, plaid != null, plaid == PlaidEnvironment.SANDBOX, tellerReady(setup));
    }

    /** Plaid's environment when its keys are complete, else null. */
    private static PlaidEnvironment plaidEnvironment(ProviderSetup setup) {
        if (!setup.configured(BankProviderKind.PLAID)) {
            return null;
        }
        try {
            return setup.plaidSettings().environment();
        } catch (IllegalArgumentException incomplete) {
            return null;
        }
    }

    /** Whether Teller Connect can be offered: the settings are usable and name the application. */
    private static boolean tellerReady(ProviderSetup setup) {
        if (!setup.configured(BankProviderKind.TELLER)) {
            return false;
        }
        try {
            return setup.tellerSettings().applicationId() != null;
        } catch (TellerSetupException incomplete) {
            return false;
        }
    }

    private void show(Loaded loaded) {
        rows.setAll(loaded.rows());
        plaidReady.set(loaded.ready());
        plaidSandbox.set(loaded.sandbox());
        tellerReady.set(loaded.tellerReady());
    }

    /** Syncs one connection now; the per-account counts (or the failure) show in the status line. */
    public void syncNow(ConnectionRow row) {
        progress(messages.format("bank.syncing", row.institution()));
        tasks.run(() -> linking.sync(row.id(), row.institution()), this::linked, this::failed);
    }

    /** Asks for a confirmation before {@link #confirmDisconnect()}. */
    public void askDisconnect(ConnectionRow row) {
        pendingDisconnect.set(row);
    }

    public void cancelDisconnect() {
        pendingDisconnect.set(null);
    }

    /** Tells the provider to forget the login, then removes the connection; its ledger accounts and rows stay. */
    public void confirmDisconnect() {
        ConnectionRow row = pendingDisconnect.get();
        if (row == null) {
            return;
        }
        pendingDisconnect.set(null);
        tasks.run(() -> new Disconnection(bank, errors, messages).disconnect(row), this::done, this::failed);
    }

    /** The sandbox's test bank in one click: a sandbox public token, exchanged, stored and synced. */
    public void linkSandbox() {
        progress(messages.get("bank.linking"));
        tasks.run(linking::linkSandbox, this::linked, this::failed);
    }

    /** Opens Plaid's Hosted Link page in the browser and waits for the person to finish there. */
    public void linkInBrowser() {
        tasks.run(linking::startHostedLink, token -> begin(token, null), this::failed);
    }

    /** Opens Teller Connect in the browser from a page of our own on 127.0.0.1, and waits for the person there. */
    public void linkWithTeller() {
        tasks.run(() -> tellerLinking.start(null), page -> beginTeller(page, null), this::failed);
    }

    /**
     * Opens the provider's page for a login that needs the person again (Plaid's update mode, Teller Connect's repair
     * mode), and waits for it.
     */
    public void relink(ConnectionRow row) {
        if (row.providerKind() == BankProviderKind.TELLER) {
            tasks.run(() -> tellerLinking.start(row.id()), page -> beginTeller(page, row.id()), this::failed);
        } else {
            tasks.run(() -> linking.startRelink(row.id()), token -> begin(token, row.id()), this::failed);
        }
    }

    private void beginTeller(TellerConnectListener page, UUID connectionId) {
        tellerPage = page;
        relinking = connectionId;
        waiting.set(true);
        progress(messages.get("bank.waitingForBrowser"));
        browser.open(page.url().toString());
    }

    private void begin(LinkToken token, UUID connectionId) {
        session = token;
        relinking = connectionId;
        Instant limit = clock.instant().plus(LINK_WAIT);
        deadline = token.expiration().isBefore(limit) ? token.expiration() : limit;
        waiting.set(true);
        progress(messages.get("bank.waitingForBrowser"));
        browser.open(token.hostedLinkUrl());
    }

    /** One look at the browser session: finishes the link once the person did, stops when they gave up or time ran out. */
    public void pollLink() {
        if (tellerPage != null) {
            pollTeller(tellerPage);
            return;
        }
        LinkToken token = session;
        if (token == null || tasks.isBusy()) {
            return;
        }
        tasks.run(() -> linking.status(token), found -> checked(token, found), failure -> pollFailed(token, failure));
    }

    private void checked(LinkToken token, LinkTokenStatus found) {
        if (token != session) {
            return;
        }
        UUID connection = relinking;
        if (connection == null && found.linked()) {
            stopWaiting();
            progress(messages.get("bank.linking"));
            tasks.run(() -> finishAll(found), this::linked, this::failed);
        } else if (connection != null && found.finishedSessions() > 0 && !found.exited()) {
            stopWaiting();
            progress(messages.get("bank.linking"));
            tasks.run(() -> linking.finishRelink(connection), this::linked, this::failed);
        } else if (found.exited()) {
            stopWaiting();
            done(messages.get("bank.browserClosed"));
        } else if (!clock.instant().isBefore(deadline)) {
            stopWaiting();
            failed(messages.get("bank.browserTimedOut"));
        }
    }

    /** Teller's page says how it ended by itself (it also gives up after ten minutes); this only looks. */
    private void pollTeller(TellerConnectListener page) {
        if (!page.outcome().isDone() || tasks.isBusy()) {
            return;
        }
        UUID connection = relinking;
        TellerConnectOutcome outcome = page.outcome().join();
        stopWaiting();
        switch (outcome) {
            case TellerConnectOutcome.Enrolled enrolled -> {
                progress(messages.get("bank.linking"));
                tasks.run(
                        () -> connection == null
                                ? tellerLinking.finish(enrolled.enrollment())
                                : tellerLinking.finishRepair(connection, enrolled.enrollment()),
                        this::linked,
                        this::failed);
            }
            case TellerConnectOutcome.Cancelled cancelled -> done(messages.get("bank.browserClosed"));
            case TellerConnectOutcome.TimedOut timedOut -> failed(messages.get("bank.browserTimedOut"));
        }
    }

    private Linked finishAll(LinkTokenStatus found) {
        Linked last = null;
        StringBuilder summaries = new StringBuilder();
        boolean synced = true;
        for (var publicToken : found.publicTokens()) {
            last = linking.finish(publicToken);
            synced &= last.synced();
            summaries.append(summaries.isEmpty() ? "" : "\n").append(last.summary());
        }
        return new Linked(last.connectionId(), summaries.toString(), synced);
    }

    private void pollFailed(LinkToken token, Exception failure) {
        if (failure instanceof ProviderException provider && provider.failure().isTransient()) {
            return;
        }
        if (token == session) {
            stopWaiting();
        }
        failed(failure);
    }

    /** Stops waiting for the browser; a session finished there later is not used. */
    public void cancelLink() {
        stopWaiting();
        done(messages.get("bank.linkCancelled"));
    }

    private void stopWaiting() {
        if (tellerPage != null) {
            tellerPage.close();
            tellerPage = null;
        }
        session = null;
        relinking = null;
        waiting.set(false);
    }

    private void linked(Linked linked) {
        if (linked.synced()) {
            done(linked.summary());
        } else {
            failed(linked.summary());
            refresh();
        }
    }

    private void progress(String message) {
        error.set("");
        status.set(message);
    }

    private void done(String message) {
        progress(message);
        refresh();
    }

    private void failed(Exception failure) {
        failed(errors.describe(failure));
        refresh();
    }

    private void failed(String message) {
        status.set("");
        error.set(message);
    }

    public ObservableList<ConnectionRow> rows() {
        return shownRows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty plaidReadyProperty() {
        return plaidReady.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty plaidSandboxProperty() {
        return plaidSandbox.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tellerReadyProperty() {
        return tellerReady.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionRow> pendingDisconnectProperty() {
        return pendingDisconnect.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
