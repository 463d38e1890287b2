package app.nestegg.desktop.ledger.rules;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.rules.RulesViewModel.PreviewLine;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.Rule;
import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The rules editor: the ordered rules ({@code #ruleList}, {@code #newRule}, {@code #moveRuleUp},
 * {@code #moveRuleDown}); the form ({@code #ruleName}, {@code #ruleMatch}, {@code #rulePattern} with
 * {@code #rulePatternError}, {@code #ruleMin}/{@code #ruleMax} with {@code #ruleAmountError}, {@code #ruleAccount},
 * {@code #ruleCategory}, {@code #ruleRename}, {@code #ruleTag}, {@code #ruleEnabled}, {@code #saveRule},
 * {@code #deleteRule}); and the preview ({@code #previewRule}, {@code #previewAllRules}, {@code #previewCount},
 * {@code #previewTable}, {@code #applyRules}, {@code #rulesStatus}). Shortcut+S saves the rule.
 */
public final class RulesView extends VBox {

    private final RulesViewModel rules;
    private final RuleForm form;
    private final Messages messages;

    public RulesView(RulesViewModel rules, Messages messages) {
        super(12);
        this.rules = rules;
        this.form = rules.form();
        this.messages = messages;
        setId("page-rules");
        getStyleClass().add("page");
        HBox top = new HBox(16, ruleList(), ruleForm());
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        Node preview = preview();
        VBox.setVgrow(preview, Priority.ALWAYS);
        KeyCombination save = KeyCombination.keyCombination("Shortcut+S");
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (save.match(event)) {
                rules.save();
                event.consume();
            }
        });
        getChildren()
                .setAll(
                        Views.title(messages.get("page.rules")),
                        Views.message("rulesStatus", rules.statusProperty(), Styles.SUCCESS),
                        top,
                        preview);
    }

    private VBox ruleList() {
        ListView<Rule> list = new ListView<>(rules.rules());
        list.setId("ruleList");
        list.setPrefSize(260, 320);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Rule rule, boolean empty) {
                super.updateItem(rule, empty);
                setText(empty || rule == null ? null : rules.describe(rule));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, rule) -> {
            if (rule != null && rule != rules.selectedProperty().get()) {
                rules.select(rule);
            }
        });
        rules.selectedProperty().addListener((observable, old, rule) -> {
            if (rule == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != rule) {
                list.getSelectionModel().select(rule);
            }
        });
        Button add = Views.button("newRule", messages.get("rules.new"), rules::newRule);
        Button up = Views.button("moveRuleUp", messages.get("rules.up"), rules::moveUp);
        Button down = Views.button("moveRuleDown", messages.get("rules.down"), rules::moveDown);
        up.disableProperty().bind(rules.selectedProperty().isNull().or(rules.busyProperty()));
        down.disableProperty().bind(up.disableProperty());
        return new VBox(8, list, new HBox(8, add, up, down));
    }

    private VBox ruleForm() {
        ComboBox<PayeeMatch> match = new ComboBox<>();
        match.setId("ruleMatch");
        match.getItems().setAll(PayeeMatch.values());
        match.valueProperty().bindBidirectional(form.matchProperty());
        match.setConverter(converter(value -> rules.matchName(value)));
        TextField pattern = field("rulePattern", form.patternProperty(), "rules.pattern");
        TextField min = field("ruleMin", form.minAmountProperty(), "rules.min");
        TextField max = field("ruleMax", form.maxAmountProperty(), "rules.max");
        CheckBox enabled = new CheckBox(messages.get("rules.enabled"));
        enabled.setId("ruleEnabled");
        enabled.selectedProperty().bindBidirectional(form.enabledProperty());

        GridPane grid = new GridPane(8, 6);
        int row = 0;
        grid.addRow(row++, label("rules.name"), field("ruleName", form.nameProperty(), "rules.name"));
        grid.addRow(row++, label("rules.payee"), row(match, pattern));
        grid.add(Views.message("rulePatternError", form.patternErrorProperty(), Styles.DANGER), 1, row++);
        grid.addRow(row++, label("rules.amount"), row(min, max));
        grid.add(Views.message("ruleAmountError", form.amountErrorProperty(), Styles.DANGER), 1, row++);
        grid.addRow(row++, label("rules.account"), choice("ruleAccount", rules.accounts(), form.accountProperty()));
        grid.addRow(
                row++, label("rules.category"), choice("ruleCategory", rules.categories(), form.categoryProperty()));
        grid.addRow(row++, label("rules.rename"), field("ruleRename", form.renamePayeeProperty(), "rules.rename"));
        grid.addRow(row++, label("rules.tag"), field("ruleTag", form.addTagProperty(), "rules.tag"));
        grid.add(enabled, 1, row);

        Button save = Views.button("saveRule", messages.get("rules.save"), rules::save, Styles.ACCENT);
        Button delete = Views.button("deleteRule", messages.get("rules.delete"), rules::delete, Styles.DANGER);
        save.disableProperty().bind(rules.busyProperty());
        delete.disableProperty().bind(rules.selectedProperty().isNull().or(rules.busyProperty()));
        return new VBox(
                8, Views.message("ruleError", form.errorProperty(), Styles.DANGER), grid, new HBox(8, save, delete));
    }

    private VBox preview() {
        Button preview = Views.button("previewRule", messages.get("rules.preview"), rules::preview);
        Button previewAll = Views.button("previewAllRules", messages.get("rules.previewAll"), rules::previewAll);
        Button apply = Views.button("applyRules", messages.get("rules.apply"), rules::apply, Styles.ACCENT);
        preview.disableProperty().bind(rules.busyProperty());
        previewAll.disableProperty().bind(rules.busyProperty());
        apply.disableProperty().bind(rules.canApplyProperty().not().or(rules.busyProperty()));
        Label count = Views.label("", Styles.TEXT_BOLD);
        count.setId("previewCount");
        count.textProperty().bind(rules.previewCountProperty());
        TableView<PreviewLine> table = new TableView<>(rules.previewLines());
        table.setId("previewTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Views.label(messages.get("rules.previewEmpty"), Styles.TEXT_MUTED));
        table.getColumns().add(column("register.date", PreviewLine::date));
        table.getColumns().add(column("register.payee", PreviewLine::payee));
        table.getColumns().add(column("register.category", PreviewLine::category));
        table.getColumns().add(column("rules.tags", PreviewLine::tags));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, row(preview, previewAll, count, apply), table);
    }

    private TableColumn<PreviewLine, String> column(String key, Function<PreviewLine, String> value) {
        TableColumn<PreviewLine, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Label label(String key) {
        Label label = Views.label(messages.get(key));
        label.setWrapText(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private TextField field(String id, StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private HBox choice(String id, ObservableList<Choice> items, ObjectProperty<Choice> property) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(messages.get("rules.any"));
        box.valueProperty().bindBidirectional(property);
        Button clear = Views.button(id + "Clear", messages.get("rules.clear"), () -> property.set(null), Styles.FLAT);
        return row(box, clear);
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
