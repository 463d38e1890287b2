package app.nestegg.desktop.bank;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.FormGrid;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.sync.plaid.PlaidEnvironment;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** The provider keys: a Plaid form and a Teller form, each saved after its check; secrets in password fields. */
public final class CredentialsView extends VBox {

    private final Messages messages;

    public CredentialsView(CredentialsViewModel credentials, Messages messages) {
        super(10);
        this.messages = messages;
        setId("bankCredentials");
        getChildren()
                .addAll(
                        Views.label(messages.get("bank.credentialsTitle"), Styles.TITLE_4),
                        Views.label(messages.get("bank.credentialsHelp"), Styles.TEXT_MUTED),
                        Views.label(messages.get("bank.plaidTitle"), Styles.TEXT_BOLD),
                        plaid(credentials),
                        Views.label(messages.get("bank.tellerTitle"), Styles.TEXT_BOLD),
                        teller(credentials),
                        Views.message("credentialsError", credentials.errorProperty(), Styles.DANGER),
                        Views.message("credentialsStatus", credentials.statusProperty(), Styles.SUCCESS));
    }

    private FormGrid plaid(CredentialsViewModel credentials) {
        FormGrid grid = new FormGrid();
        grid.addField(
                messages.get("bank.plaid.clientId"),
                Forms.field("plaidClientId", credentials.plaidClientIdProperty(), "", 28));
        grid.addField(
                messages.get("bank.plaid.secret"),
                secret("plaidSecret", credentials.plaidSecretProperty(), credentials.plaidSecretSavedProperty()));
        grid.addField(
                messages.get("bank.plaid.environment"),
                Forms.choice(
                        "plaidEnvironment",
                        PlaidEnvironment.values(),
                        credentials.plaidEnvironmentProperty(),
                        environment -> messages.get(CredentialsViewModel.environmentKey(environment))));
        grid.addField(
                messages.get("bank.plaid.baseUrl"),
                Forms.field("plaidBaseUrl", credentials.plaidBaseUrlProperty(), "", 28));
        Button save = Views.button("savePlaid", messages.get("bank.plaid.save"), credentials::savePlaid, Styles.ACCENT);
        save.disableProperty().bind(credentials.busyProperty());
        grid.addUnderFields(save);
        return grid;
    }

    private FormGrid teller(CredentialsViewModel credentials) {
        FormGrid grid = new FormGrid();
        grid.addField(
                messages.get("bank.teller.applicationId"),
                Forms.field("tellerApplicationId", credentials.tellerApplicationIdProperty(), "", 28));
        grid.addField(
                messages.get("bank.teller.environment"),
                Forms.field("tellerEnvironment", credentials.tellerEnvironmentProperty(), "", 12));
        grid.addField(
                messages.get("bank.teller.certPath"),
                Forms.field("tellerCertPath", credentials.tellerCertPathProperty(), "", 28));
        grid.addField(
                messages.get("bank.teller.keyPath"),
                Forms.field("tellerKeyPath", credentials.tellerKeyPathProperty(), "", 28));
        grid.addField(
                messages.get("bank.teller.pkcs12Path"),
                Forms.field("tellerPkcs12Path", credentials.tellerPkcs12PathProperty(), "", 28));
        grid.addField(
                messages.get("bank.teller.pkcs12Password"),
                secret(
                        "tellerPkcs12Password",
                        credentials.tellerPkcs12PasswordProperty(),
                        credentials.tellerPasswordSavedProperty()));
        grid.addField(
                messages.get("bank.teller.baseUrl"),
                Forms.field("tellerBaseUrl", credentials.tellerBaseUrlProperty(), "", 28));
        Button save =
                Views.button("saveTeller", messages.get("bank.teller.save"), credentials::saveTeller, Styles.ACCENT);
        save.disableProperty().bind(credentials.busyProperty());
        grid.addUnderFields(save);
        return grid;
    }

    /** A password field; while a value is saved it stays empty and its prompt says "saved". */
    private PasswordField secret(String id, StringProperty text, ReadOnlyBooleanProperty saved) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(text);
        field.promptTextProperty()
                .bind(Bindings.when(saved)
                        .then(messages.get("bank.secretSaved"))
                        .otherwise(""));
        return field;
    }
}
