package app.nestegg.desktop.ledger.rules;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.rules.RulesViewModel.PreviewLine;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.FormGrid;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.Rule;
import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

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
        ComboBox<PayeeMatch> match =
                Forms.choice("ruleMatch", PayeeMatch.values(), form.matchProperty(), rules::matchName);
        TextField pattern = Forms.growingField("rulePattern", form.patternProperty(), messages.get("rules.pattern"));
        TextField min = Forms.growingField("ruleMin", form.minAmountProperty(), messages.get("rules.min"));
        TextField max = Forms.growingField("ruleMax", form.maxAmountProperty(), messages.get("rules.max"));
        CheckBox enabled = new CheckBox(messages.get("rules.enabled"));
        enabled.setId("ruleEnabled");
        enabled.selectedProperty().bindBidirectional(form.enabledProperty());

        FormGrid grid = new FormGrid();
        grid.addField(
                messages.get("rules.name"),
                Forms.growingField("ruleName", form.nameProperty(), messages.get("rules.name")));
        grid.addField(messages.get("rules.payee"), Forms.row(match, pattern));
        grid.addUnderFields(Views.message("rulePatternError", form.patternErrorProperty(), Styles.DANGER));
        grid.addField(messages.get("rules.amount"), Forms.row(min, max));
        grid.addUnderFields(Views.message("ruleAmountError", form.amountErrorProperty(), Styles.DANGER));
        grid.addField(messages.get("rules.account"), choice("ruleAccount", rules.accounts(), form.accountProperty()));
        grid.addField(
                messages.get("rules.category"), choice("ruleCategory", rules.categories(), form.categoryProperty()));
        grid.addField(
                messages.get("rules.rename"),
                Forms.growingField("ruleRename", form.renamePayeeProperty(), messages.get("rules.rename")));
        grid.addField(
                messages.get("rules.tag"),
                Forms.growingField("ruleTag", form.addTagProperty(), messages.get("rules.tag")));
        grid.addUnderFields(enabled);

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
        return new VBox(8, Forms.row(preview, previewAll, count, apply), table);
    }

    private TableColumn<PreviewLine, String> column(String key, Function<PreviewLine, String> value) {
        TableColumn<PreviewLine, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** A picker whose empty value means "any", with a button that empties it. */
    private HBox choice(String id, ObservableList<Choice> items, ObjectProperty<Choice> property) {
        ComboBox<Choice> box = Forms.choice(id, items, property);
        box.setPromptText(messages.get("rules.any"));
        Button clear = Views.button(id + "Clear", messages.get("rules.clear"), () -> property.set(null), Styles.FLAT);
        return Forms.row(box, clear);
    }
}
