package app.nestegg.desktop.bank;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.sync.plaid.PlaidLinkRequest;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.sync.plaid.PlaidTimeouts;
import app.nestegg.sync.teller.TellerClient;
import app.nestegg.sync.teller.TellerSettings;
import app.nestegg.vault.bank.BankProviderKind;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Connections, the credentials: the app's own Plaid and Teller keys. "Save" first checks them with a
 * harmless call (Plaid: a sandbox public token in the sandbox, a link token in production; Teller: building the mTLS
 * client from the files) and stores them under the environment-variable names only when the check passed. A saved
 * secret or password is never read back into a field: the field stays empty and "saved" says it is there, and an
 * empty field on the next save keeps it.
 */
public final class CredentialsViewModel {

    private final BankAccess bank;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final BankErrors errors;
    private final Runnable onSaved;
    private final StringProperty plaidClientId = new SimpleStringProperty(this, "plaidClientId", "");
    private final StringProperty plaidSecret = new SimpleStringProperty(this, "plaidSecret", "");
    private final ObjectProperty<PlaidEnvironment> plaidEnvironment =
            new SimpleObjectProperty<>(this, "plaidEnvironment", PlaidEnvironment.SANDBOX);
    private final StringProperty plaidBaseUrl = new SimpleStringProperty(this, "plaidBaseUrl", "");
    private final BooleanProperty plaidSecretSaved = new SimpleBooleanProperty(this, "plaidSecretSaved");
    private final StringProperty tellerApplicationId = new SimpleStringProperty(this, "tellerApplicationId", "");
    private final StringProperty tellerEnvironment = new SimpleStringProperty(this, "tellerEnvironment", "sandbox");
    private final StringProperty tellerCertPath = new SimpleStringProperty(this, "tellerCertPath", "");
    private final StringProperty tellerKeyPath = new SimpleStringProperty(this, "tellerKeyPath", "");
    private final StringProperty tellerPkcs12Path = new SimpleStringProperty(this, "tellerPkcs12Path", "");
    private final StringProperty tellerPkcs12Password = new SimpleStringProperty(this, "tellerPkcs12Password", "");
    private final BooleanProperty tellerPasswordSaved = new SimpleBooleanProperty(this, "tellerPasswordSaved");
    private final StringProperty tellerBaseUrl = new SimpleStringProperty(this, "tellerBaseUrl", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param onSaved told on the JavaFX thread after credentials were checked and stored
     */
    public CredentialsViewModel(BankAccess bank, TaskExecutor executor, Messages messages, Runnable onSaved) {
        this.bank = bank;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.errors = new BankErrors(messages);
        this.onSaved = onSaved;
    }

    /** Shows what is saved: every value but the secret and the password, which only show as "saved". */
    public void load() {
        tasks.run(
                () -> Map.of(
                        BankProviderKind.PLAID,
                        bank.credentials().load(BankProviderKind.PLAID),
                        BankProviderKind.TELLER,
                        bank.credentials().load(BankProviderKind.TELLER)),
                saved -> {
                    showPlaid(saved.get(BankProviderKind.PLAID));
                    showTeller(saved.get(BankProviderKind.TELLER));
                },
                this::failed);
    }

    private void showPlaid(Map<String, String> saved) {
        plaidClientId.set(saved.getOrDefault(PlaidSettings.CLIENT_ID_VARIABLE, ""));
        String environment = saved.get(PlaidSettings.ENVIRONMENT_VARIABLE);
        plaidEnvironment.set(
                environment == null
                        ? PlaidEnvironment.SANDBOX
                        : PlaidEnvironment.parse(environment, PlaidSettings.ENVIRONMENT_VARIABLE));
        plaidBaseUrl.set(saved.getOrDefault(PlaidSettings.BASE_URL_VARIABLE, ""));
        plaidSecret.set("");
        plaidSecretSaved.set(saved.containsKey(PlaidSettings.SECRET_VARIABLE));
    }

    private void showTeller(Map<String, String> saved) {
        tellerApplicationId.set(saved.getOrDefault(TellerSettings.APPLICATION_ID_VARIABLE, ""));
        tellerEnvironment.set(saved.getOrDefault(TellerSettings.ENVIRONMENT_VARIABLE, "sandbox"));
        tellerCertPath.set(saved.getOrDefault(TellerSettings.CERT_VARIABLE, ""));
        tellerKeyPath.set(saved.getOrDefault(TellerSettings.KEY_VARIABLE, ""));
        tellerPkcs12Path.set(saved.getOrDefault(TellerSettings.PKCS12_VARIABLE, ""));
        tellerBaseUrl.set(saved.getOrDefault(TellerSettings.BASE_URL_VARIABLE, ""));
        tellerPkcs12Password.set("");
        tellerPasswordSaved.set(saved.containsKey(TellerSettings.PKCS12_PASSWORD_VARIABLE));
    }

    /** Checks the typed Plaid keys against Plaid, then stores them; a refusal is shown and nothing is stored. */
    public void savePlaid() {
        Map<String, String> typed = new HashMap<>();
        typed.put(PlaidSettings.CLIENT_ID_VARIABLE, plaidClientId.get());
        typed.put(PlaidSettings.SECRET_VARIABLE, plaidSecret.get());
        typed.put(PlaidSettings.ENVIRONMENT_VARIABLE, plaidEnvironment.get().code());
        typed.put(PlaidSettings.BASE_URL_VARIABLE, plaidBaseUrl.get());
        tasks.run(
                () -> {
                    Map<String, String> values =
                            keepSaved(BankProviderKind.PLAID, typed, PlaidSettings.SECRET_VARIABLE);
                    PlaidSettings settings = PlaidSettings.fromEnvironment(values);
                    checkPlaid(settings);
                    bank.credentials().save(BankProviderKind.PLAID, values);
                    return settings.environment();
                },
                environment -> {
                    plaidSecret.set("");
                    plaidSecretSaved.set(true);
                    succeeded(
                            messages.format("bank.credentials.plaidSaved", messages.get(environmentKey(environment))));
                },
                this::failed);
    }

    /** Checks that the Teller certificate files make an mTLS client, then stores the settings. */
    public void saveTeller() {
        Map<String, String> typed = new HashMap<>();
        typed.put(TellerSettings.APPLICATION_ID_VARIABLE, tellerApplicationId.get());
        typed.put(TellerSettings.ENVIRONMENT_VARIABLE, tellerEnvironment.get());
        typed.put(TellerSettings.CERT_VARIABLE, tellerCertPath.get());
        typed.put(TellerSettings.KEY_VARIABLE, tellerKeyPath.get());
        typed.put(TellerSettings.PKCS12_VARIABLE, tellerPkcs12Path.get());
        typed.put(TellerSettings.PKCS12_PASSWORD_VARIABLE, tellerPkcs12Password.get());
        typed.put(TellerSettings.BASE_URL_VARIABLE, tellerBaseUrl.get());
        tasks.run(
                () -> {
                    Map<String, String> values =
                            keepSaved(BankProviderKind.TELLER, typed, TellerSettings.PKCS12_PASSWORD_VARIABLE);
                    TellerClient.create(TellerSettings.fromEnvironment(values));
                    bank.credentials().save(BankProviderKind.TELLER, values);
                    return values.containsKey(TellerSettings.PKCS12_PASSWORD_VARIABLE);
                },
                passwordSaved -> {
                    tellerPkcs12Password.set("");
                    tellerPasswordSaved.set(passwordSaved);
                    succeeded(messages.get("bank.credentials.tellerSaved"));
                },
                this::failed);
    }

    /** The typed values without blanks; an empty secret field keeps the secret saved before, if any. */
    private Map<String, String> keepSaved(BankProviderKind kind, Map<String, String> typed, String secretName) {
        Map<String, String> values = new HashMap<>();
        typed.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        });
        if (!values.containsKey(secretName)) {
            String saved = bank.credentials().load(kind).get(secretName);
            if (saved != null) {
                values.put(secretName, saved);
            }
        }
        return values;
    }

    /** The cheapest call that proves the keys: nothing is linked, no token is kept. */
    private static void checkPlaid(PlaidSettings settings) {
        PlaidClient client = new PlaidClient(settings, PlaidTimeouts.DEFAULT);
        if (settings.environment() == PlaidEnvironment.SANDBOX) {
            client.createSandboxPublicToken();
        } else {
            client.createLinkToken(PlaidLinkRequest.newItem(BankAccess.CLIENT_NAME, BankAccess.CLIENT_USER_ID));
        }
    }

    static String environmentKey(PlaidEnvironment environment) {
        return "bank.environment." + environment.code();
    }

    private void succeeded(String message) {
        error.set("");
        status.set(message);
        onSaved.run();
    }

    private void failed(Exception failure) {
        status.set("");
        error.set(errors.describe(failure));
    }

    public StringProperty plaidClientIdProperty() {
        return plaidClientId;
    }

    public StringProperty plaidSecretProperty() {
        return plaidSecret;
    }

    public ObjectProperty<PlaidEnvironment> plaidEnvironmentProperty() {
        return plaidEnvironment;
    }

    public StringProperty plaidBaseUrlProperty() {
        return plaidBaseUrl;
    }

    public ReadOnlyBooleanProperty plaidSecretSavedProperty() {
        return plaidSecretSaved;
    }

    public StringProperty tellerApplicationIdProperty() {
        return tellerApplicationId;
    }

    public StringProperty tellerEnvironmentProperty() {
        return tellerEnvironment;
    }

    public StringProperty tellerCertPathProperty() {
        return tellerCertPath;
    }

    public StringProperty tellerKeyPathProperty() {
        return tellerKeyPath;
    }

    public StringProperty tellerPkcs12PathProperty() {
        return tellerPkcs12Path;
    }

    public StringProperty tellerPkcs12PasswordProperty() {
        return tellerPkcs12Password;
    }

    public ReadOnlyBooleanProperty tellerPasswordSavedProperty() {
        return tellerPasswordSaved;
    }

    public StringProperty tellerBaseUrlProperty() {
        return tellerBaseUrl;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
