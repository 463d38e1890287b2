package app.nestegg.desktop.exchange;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.Account;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The CSV step: the account ({@code #csvAccount}), the mapping's fields ({@code #csvDelimiter}, {@code #csvSkipLines},
 * {@code #csvHeader}, {@code #csvDateColumn} … {@code #csvMemoColumn}, {@code #csvDateFormat}, {@code #csvDecimal},
 * {@code #csvInvert}) and the preview ({@code #csvPreview}), where a row that does not parse shows its problem.
 */
final class CsvMappingView extends VBox {

    private final CsvMappingViewModel csv;
    private final Messages messages;

    CsvMappingView(ImportWizardViewModel wizard, Messages messages) {
        super(10);
        this.csv = wizard.csv();
        this.messages = messages;
        setId("csvMapping");
        ComboBox<Account> account = Forms.choice("csvAccount", wizard.openAccounts(), wizard.csvAccountProperty());
        account.setPromptText(messages.get("import.csv.chooseAccount"));
        account.setConverter(Forms.converter(Account::name));
        HBox accountRow = Forms.row(Views.label(messages.get("import.csv.account")), account);
        TableView<CsvPreviewLine> preview = preview();
        VBox.setVgrow(preview, Priority.ALWAYS);
        getChildren()
                .addAll(
                        accountRow,
                        guessNote(),
                        form(),
                        Views.message("csvProblem", csv.problemProperty(), Styles.DANGER),
                        Views.label(messages.get("import.csv.preview"), Styles.TEXT_BOLD),
                        preview);
    }

    private Label guessNote() {
        Label note = Views.label("", Styles.TEXT_MUTED);
        note.setId("csvGuessNote");
        note.textProperty().bind(csv.guessNoteProperty());
        return note;
    }

    private GridPane form() {
        ComboBox<Character> delimiter = new ComboBox<>();
        delimiter.setId("csvDelimiter");
        delimiter.getItems().setAll(CsvMappingViewModel.DELIMITERS);
        delimiter.setConverter(Forms.converter(csv::delimiterLabel));
        delimiter.valueProperty().bindBidirectional(csv.delimiterProperty());
        Spinner<Integer> skip = new Spinner<>(0, 50, 0);
        skip.setId("csvSkipLines");
        skip.setEditable(true);
        skip.setPrefWidth(90);
        skip.getValueFactory().valueProperty().bindBidirectional(csv.skipLinesProperty());
        CheckBox header = new CheckBox(messages.get("import.csv.header"));
        header.setId("csvHeader");
        header.setMinWidth(Region.USE_PREF_SIZE);
        header.selectedProperty().bindBidirectional(csv.headerProperty());
        ComboBox<String> dateFormat = new ComboBox<>();
        dateFormat.setId("csvDateFormat");
        dateFormat.setEditable(true);
        dateFormat.getItems().setAll(CsvMappingViewModel.DATE_FORMATS);
        dateFormat.valueProperty().bindBidirectional(csv.dateFormatProperty());
        ComboBox<Character> decimal = new ComboBox<>();
        decimal.setId("csvDecimal");
        decimal.getItems().setAll(CsvMappingViewModel.DECIMAL_SEPARATORS);
        decimal.valueProperty().bindBidirectional(csv.decimalSeparatorProperty());
        CheckBox invert = new CheckBox(messages.get("import.csv.invertSign"));
        invert.setId("csvInvert");
        invert.setMinWidth(Region.USE_PREF_SIZE);
        invert.selectedProperty().bindBidirectional(csv.invertSignProperty());

        GridPane grid = new GridPane(12, 8);
        grid.addRow(
                0,
                Forms.fieldLabel(messages.get("import.csv.delimiter")),
                delimiter,
                Forms.fieldLabel(messages.get("import.csv.skipLines")),
                skip,
                header);
        grid.addRow(
                1,
                Forms.fieldLabel(messages.get("import.csv.dateColumn")),
                column("csvDateColumn", csv.dateColumnProperty()),
                Forms.fieldLabel(messages.get("import.csv.dateFormat")),
                dateFormat);
        grid.addRow(
                2,
                Forms.fieldLabel(messages.get("import.csv.amountColumn")),
                column("csvAmountColumn", csv.amountColumnProperty()),
                Forms.fieldLabel(messages.get("import.csv.decimalSeparator")),
                decimal,
                invert);
        grid.addRow(
                3,
                Forms.fieldLabel(messages.get("import.csv.debitColumn")),
                column("csvDebitColumn", csv.debitColumnProperty()),
                Forms.fieldLabel(messages.get("import.csv.creditColumn")),
                column("csvCreditColumn", csv.creditColumnProperty()));
        grid.addRow(
                4,
                Forms.fieldLabel(messages.get("import.csv.payeeColumn")),
                column("csvPayeeColumn", csv.payeeColumnProperty()),
                Forms.fieldLabel(messages.get("import.csv.memoColumn")),
                column("csvMemoColumn", csv.memoColumnProperty()));
        return grid;
    }

    private ComboBox<Integer> column(String id, ObjectProperty<Integer> property) {
        ComboBox<Integer> column = Forms.choice(id, csv.columns(), property);
        column.setPrefWidth(170);
        column.setConverter(Forms.converter(csv::columnLabel));
        return column;
    }

    private TableView<CsvPreviewLine> preview() {
        TableView<CsvPreviewLine> table = new TableView<>(csv.preview());
        table.setId("csvPreview");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(240);
        TableColumn<CsvPreviewLine, String> amount = text("import.review.amount", csv::amountText);
        amount.getStyleClass().add("money-column");
        table.getColumns()
                .setAll(
                        text("import.csv.line", row -> String.valueOf(row.line())),
                        text("import.review.date", csv::dateText),
                        text(
                                "import.review.payee",
                                row -> row.isParsed() ? row.parsed().payee() : ""),
                        text(
                                "import.csv.memoColumn",
                                row -> row.isParsed() && row.parsed().memo() != null
                                        ? row.parsed().memo()
                                        : ""),
                        amount,
                        text("import.csv.problem", row -> row.isParsed() ? "" : row.error()));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(CsvPreviewLine row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(
                        javafx.css.PseudoClass.getPseudoClass("unreadable"), !empty && row != null && !row.isParsed());
            }
        });
        return table;
    }

    private TableColumn<CsvPreviewLine, String> text(String key, Function<CsvPreviewLine, String> value) {
        TableColumn<CsvPreviewLine, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
