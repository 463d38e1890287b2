package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.RegisterRow;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One account's register: the filters ({@code #registerSearch}, {@code #filterFrom}, {@code #filterTo},
 * {@code #filterCategory}, {@code #filterMin}, {@code #filterMax}), the table of the held window of rows
 * ({@code #registerTable}; payee and category edit in place), bulk re-categorising ({@code #bulkCategory},
 * {@code #recategoriseButton}), the editor on the right and the reconcile dialog. Shortcut+N starts a new transaction,
 * Shortcut+F goes to the search.
 */
public final class RegisterView extends BorderPane {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final RegisterViewModel register;
    private final Messages messages;
    private final TableView<RegisterRow> table = new TableView<>();
    private final TextField search = new TextField();

    public RegisterView(
            RegisterViewModel register, Messages messages, Runnable back, Supplier<ReconcileViewModel> reconcile) {
        this.register = register;
        this.messages = messages;
        setId("register");
        getStyleClass().add("page");
        Button backButton = Views.button("registerBack", messages.get("register.back"), back, Styles.FLAT);
        Label title = Views.label(register.title(), Styles.TITLE_3);
        Label status = Views.label("", Styles.TEXT_MUTED);
        status.setId("registerStatus");
        status.textProperty().bind(register.statusProperty());
        Button add =
                Views.button("newTransaction", messages.get("register.new"), register::newTransaction, Styles.ACCENT);
        Button edit = Views.button("editTransaction", messages.get("register.edit"), this::editSelected);
        edit.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button reconcileButton = Views.button(
                "reconcileButton",
                messages.get("register.reconcile"),
                () -> new ReconcileDialog(reconcile.get(), messages).showAndWait());
        HBox header = new HBox(12, backButton, title, status, new Spacer(), add, edit, reconcileButton);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(
                10, header, filters(), bulk(), Views.message("registerError", register.errorProperty(), Styles.DANGER));
        top.setPadding(new javafx.geometry.Insets(0, 0, 10, 0));
        setTop(top);
        setCenter(table());
        TransactionEditorView editor = new TransactionEditorView(register.editor(), messages);
        BorderPane.setMargin(editor, new javafx.geometry.Insets(0, 0, 0, 12));
        setRight(editor);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (NEW.match(event)) {
                register.newTransaction();
                event.consume();
            } else if (FIND.match(event)) {
                search.requestFocus();
                search.selectAll();
                event.consume();
            }
        });
        register.setOnShift(this::shift);
        Platform.runLater(table::requestFocus);
    }

    private HBox filters() {
        search.setId("registerSearch");
        search.setPromptText(messages.get("register.search"));
        search.textProperty().bindBidirectional(register.filters().textProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        TextField from = Forms.field("filterFrom", register.filters().fromProperty(), messages.get("register.from"), 7);
        TextField to = Forms.field("filterTo", register.filters().toProperty(), messages.get("register.to"), 7);
        ComboBox<Choice> category = Forms.choice(
                "filterCategory", register.categories(), register.filters().categoryProperty());
        category.setPromptText(messages.get("register.anyCategory"));
        TextField min =
                Forms.field("filterMin", register.filters().minAmountProperty(), messages.get("register.minAmount"), 7);
        TextField max =
                Forms.field("filterMax", register.filters().maxAmountProperty(), messages.get("register.maxAmount"), 7);
        Button clear = Views.button(
                "clearFilters", messages.get("register.clearFilters"), register.filters()::clear, Styles.FLAT);
        return Forms.row(search, from, to, category, min, max, clear);
    }

    private HBox bulk() {
        ComboBox<Choice> category = new ComboBox<>(register.categories());
        category.setId("bulkCategory");
        category.setPromptText(messages.get("register.recategoriseTo"));
        Button apply = Views.button("recategoriseButton", messages.get("register.recategorise"), () -> {
            List<UUID> ids = table.getSelectionModel().getSelectedItems().stream()
                    .map(row -> row.transaction().id())
                    .toList();
            register.recategorise(ids, category.getValue());
        });
        return Forms.row(category, apply);
    }

    private TableView<RegisterRow> table() {
        table.setId("registerTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setItems(register.rows());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(
                        text(
                                "register.date",
                                row -> register.format().date(row.transaction().date())),
                        payeeColumn(),
                        categoryColumn(),
                        text("register.memo", row -> row.transaction().memo()),
                        money(text(
                                "register.amount",
                                row -> register.format()
                                        .format(row.transaction().amount()))),
                        money(text("register.balance", row -> register.format().format(row.runningBalance()))));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getEditingCell() == null) {
                editSelected();
            }
        });
        table.skinProperty().addListener((observable, old, skin) -> watchScrolling());
        return table;
    }

    private TableColumn<RegisterRow, String> text(String key, Function<RegisterRow, String> value) {
        TableColumn<RegisterRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setEditable(false);
        column.setSortable(false);
        return column;
    }

    /** Amounts line up on their last digit. */
    private static <T> TableColumn<RegisterRow, T> money(TableColumn<RegisterRow, T> column) {
        column.getStyleClass().add("money-column");
        return column;
    }

    private TableColumn<RegisterRow, RegisterRow> payeeColumn() {
        TableColumn<RegisterRow, RegisterRow> column = new TableColumn<>(messages.get("register.payee"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RegisterRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(null);
                setText(empty || row == null ? null : row.transaction().payee());
            }

            @Override
            public void startEdit() {
                RegisterRow row = getItem();
                if (row == null) {
                    return;
                }
                super.startEdit();
                TextField field = new TextField(row.transaction().payee());
                field.setOnAction(event -> {
                    register.changePayee(row, field.getText());
                    cancelEdit();
                });
                field.setOnKeyPressed(event -> {
                    if (event.getCode() == KeyCode.ESCAPE) {
                        cancelEdit();
                    }
                });
                setText(null);
                setGraphic(field);
                field.requestFocus();
            }

            @Override
            public void cancelEdit() {
                super.cancelEdit();
                updateItem(getItem(), getItem() == null);
            }
        });
        return column;
    }

    private TableColumn<RegisterRow, RegisterRow> categoryColumn() {
        TableColumn<RegisterRow, RegisterRow> column = new TableColumn<>(messages.get("register.category"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RegisterRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(null);
                setText(empty || row == null ? null : register.categoryLabel(row.transaction()));
            }

            @Override
            public void startEdit() {
                RegisterRow row = getItem();
                if (row == null || !register.categoryEditable(row.transaction())) {
                    return;
                }
                super.startEdit();
                ComboBox<Choice> box = new ComboBox<>(register.categories());
                box.setValue(register.categoryChoice(row.transaction()));
                box.setOnAction(event -> {
                    register.changeCategory(row, box.getValue());
                    cancelEdit();
                });
                setText(null);
                setGraphic(box);
                box.requestFocus();
            }

            @Override
            public void cancelEdit() {
                super.cancelEdit();
                updateItem(getItem(), getItem() == null);
            }
        });
        return column;
    }

    private void editSelected() {
        RegisterRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            register.edit(row);
        }
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    private void watchScrolling() {
        VirtualFlow<?> flow = flow();
        if (flow != null) {
            flow.positionProperty().addListener((observable, old, position) -> reportVisible(flow));
        }
    }

    private void reportVisible(VirtualFlow<?> flow) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first != null && last != null) {
            register.visible(first.getIndex(), last.getIndex());
        }
    }

    /** Keeps the same rows on screen after the window dropped rows at the start or added rows there. */
    private void shift(int delta) {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (first != null) {
            table.scrollTo(Math.max(0, first.getIndex() + delta));
        }
    }
}
