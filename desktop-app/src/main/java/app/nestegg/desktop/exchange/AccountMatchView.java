package app.nestegg.desktop.exchange;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.Account;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The account step: per statement, the account the file names, where it goes ("Name (new)" for an account the import
 * opens, "Choose an account" when the file names none) and a chooser of open accounts ({@code #retarget0}, …).
 */
final class AccountMatchView extends VBox {

    private final ImportWizardViewModel wizard;
    private final Messages messages;
    private final GridPane grid = new GridPane(16, 8);

    AccountMatchView(ImportWizardViewModel wizard, Messages messages) {
        super(12);
        this.wizard = wizard;
        this.messages = messages;
        setId("accountMatch");
        grid.setId("accountMatches");
        getChildren().addAll(Views.label(messages.get("import.accounts.intro"), Styles.TEXT_MUTED), grid);
        wizard.matches().addListener((ListChangeListener<StatementMatch>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.addRow(
                0,
                Views.label(messages.get("import.accounts.statement"), Styles.TEXT_BOLD),
                Views.label(messages.get("import.accounts.rows"), Styles.TEXT_BOLD),
                Views.label(messages.get("import.accounts.target"), Styles.TEXT_BOLD),
                Views.label(messages.get("import.accounts.change"), Styles.TEXT_BOLD));
        int row = 1;
        for (StatementMatch match : wizard.matches()) {
            ComboBox<Account> change = new ComboBox<>(wizard.openAccounts());
            change.setId("retarget" + match.index());
            change.setPromptText(messages.get("import.accounts.choose"));
            change.setConverter(Forms.converter(Account::name));
            wizard.openAccounts().stream()
                    .filter(account -> account.id().equals(match.accountId()))
                    .findFirst()
                    .ifPresent(change::setValue);
            change.setOnAction(event -> wizard.retarget(match, change.getValue()));
            change.disableProperty().bind(wizard.busyProperty());
            grid.addRow(
                    row++,
                    Views.label(match.source()),
                    Views.label(String.valueOf(match.rows())),
                    Views.label(match.target(), match.unmatched() ? Styles.WARNING : Styles.TEXT),
                    change);
        }
    }
}
