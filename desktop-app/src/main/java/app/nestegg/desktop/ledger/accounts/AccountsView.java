package app.nestegg.desktop.ledger.accounts;

import app.nestegg.desktop.ledger.accounts.AccountsViewModel.AccountGroup;
import app.nestegg.desktop.ledger.accounts.AccountsViewModel.AccountLine;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.AccountType;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The accounts page: net worth ({@code #netWorth}), the accounts grouped by type ({@code #accountGroups}, each account a
 * {@code .account-link} button that opens its register, and a {@code .net-worth-toggle} check box, id
 * {@code #countsInNetWorth-<account id>}, that leaves it out of net worth or counts it again), the empty-vault offer
 * ({@code #sampleButton}) and a form to add an account ({@code #newAccountName}, {@code #addAccountButton}).
 */
public final class AccountsView extends ScrollPane {

    /** Marks the name and balance of an account left out of net worth, which the style sheet mutes. */
    private static final String NOT_IN_NET_WORTH = "not-in-net-worth";

    private final AccountsViewModel accounts;
    private final Messages messages;
    private final VBox groups = new VBox(18);

    /** @param importButton the button that starts an import, shown beside the title */
    public AccountsView(AccountsViewModel accounts, Messages messages, Node importButton) {
        this.accounts = accounts;
        this.messages = messages;
        setId("page-accounts");
        setFitToWidth(true);
        getStyleClass().add("screen-scroll");
        groups.setId("accountGroups");
        Label netWorth = Views.label("", Styles.TITLE_4);
        netWorth.setId("netWorth");
        netWorth.textProperty().bind(accounts.netWorthProperty());
        HBox header = new HBox(12, Views.title(messages.get("page.accounts")), new Spacer(), importButton);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(
                16,
                header,
                netWorth,
                Views.message("accountsError", accounts.errorProperty(), Styles.DANGER),
                empty(),
                groups,
                addForm());
        page.getStyleClass().add("page");
        setContent(page);
        accounts.groups().addListener((ListChangeListener<AccountGroup>) change -> rebuild());
        rebuild();
    }

    private VBox empty() {
        Button sample =
                Views.button("sampleButton", messages.get("accounts.sample"), accounts::trySampleData, Styles.ACCENT);
        sample.disableProperty().bind(accounts.busyProperty());
        VBox box = new VBox(10, Views.label(messages.get("accounts.empty")), sample);
        Views.showWhen(box, accounts.emptyProperty());
        return box;
    }

    private void rebuild() {
        groups.getChildren().clear();
        for (AccountGroup group : accounts.groups()) {
            GridPane grid = new GridPane(16, 6);
            grid.getStyleClass().add("account-group");
            int row = 0;
            for (AccountLine line : group.lines()) {
                grid.addRow(row++, cells(line));
            }
            Label header = Views.label(
                    messages.format(
                            "accounts.groupTotal", accounts.typeName(group.type()), accounts.format(group.total())),
                    Styles.TITLE_4);
            groups.getChildren().add(new VBox(6, header, grid));
        }
    }

    /**
     * The account's name (a link to its register), its balances, its net-worth toggle, when left out a note, and for an
     * account a bank feeds, the bank and its last sync.
     */
    private Node[] cells(AccountLine line) {
        Button open = new Button(line.account().name());
        open.getStyleClass().addAll("account-link", Styles.FLAT);
        open.setOnAction(event -> accounts.open(line.account()));
        Label balance = Views.label(accounts.format(line.balance()));
        Label base = Views.label(baseBalance(line), Styles.TEXT_MUTED);
        Label note =
                Views.label(line.countsInNetWorth() ? "" : messages.get("accounts.notInNetWorth"), Styles.TEXT_MUTED);
        Label bank = Views.label(line.bankNote(), Styles.TEXT_MUTED);
        bank.setId("bankNote-" + line.account().id());
        if (!line.countsInNetWorth()) {
            open.getStyleClass().add(NOT_IN_NET_WORTH);
            balance.getStyleClass().add(NOT_IN_NET_WORTH);
        }
        return new Node[] {open, balance, base, netWorthToggle(line), note, bank};
    }

    /** The balance in the base currency; nothing when the account is in it, "no rate" when no rate converts it. */
    private String baseBalance(AccountLine line) {
        if (line.baseBalance() == null) {
            return messages.get("accounts.noRate");
        }
        return line.account().currency().equals(line.baseBalance().currency())
                ? ""
                : accounts.format(line.baseBalance());
    }

    private CheckBox netWorthToggle(AccountLine line) {
        CheckBox counts = new CheckBox(messages.get("accounts.countsInNetWorth"));
        counts.setId("countsInNetWorth-" + line.account().id());
        counts.getStyleClass().add("net-worth-toggle");
        counts.setSelected(line.countsInNetWorth());
        counts.setTooltip(new Tooltip(messages.get("accounts.countsInNetWorth.help")));
        counts.setAccessibleText(messages.format(
                "accounts.countsInNetWorth.account", line.account().name()));
        counts.disableProperty().bind(accounts.busyProperty());
        counts.setOnAction(event -> accounts.countInNetWorth(line.account(), counts.isSelected()));
        return counts;
    }

    private HBox addForm() {
        TextField name =
                Forms.growingField("newAccountName", accounts.newNameProperty(), messages.get("accounts.name"));
        ComboBox<AccountType> type = new ComboBox<>();
        type.getItems().setAll(AccountType.values());
        type.valueProperty().bindBidirectional(accounts.newTypeProperty());
        type.setConverter(Forms.converter(accounts::typeName));
        TextField currency = new TextField();
        currency.setPrefColumnCount(4);
        currency.setPromptText(messages.get("accounts.currency"));
        currency.textProperty().bindBidirectional(accounts.newCurrencyProperty());
        TextField opening = new TextField();
        opening.setPromptText(messages.get("accounts.opening"));
        opening.textProperty().bindBidirectional(accounts.newOpeningProperty());
        Button add = Views.button("addAccountButton", messages.get("accounts.add"), accounts::addAccount);
        add.disableProperty().bind(accounts.busyProperty());
        return Forms.row(name, type, currency, opening, add);
    }
}
