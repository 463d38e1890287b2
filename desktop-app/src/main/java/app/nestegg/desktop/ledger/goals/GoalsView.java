package app.nestegg.desktop.ledger.goals;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.FormGrid;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.goals.GoalFunding;
import app.nestegg.vault.ledger.goals.GoalStatus;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The goals page: the goals with progress bars ({@code #goalList}, {@code #showArchived}, {@code #newGoal}); the form
 * of the selected or new goal ({@code #goalName}, {@code #goalTarget}, {@code #goalCurrency}, {@code #goalDate},
 * {@code #goalFunding}, {@code #goalAccounts}, {@code #saveGoal}, {@code #goalError}); a contribution
 * ({@code #contributionAmount}, {@code #contributionDate}, {@code #contributionNote}, {@code #contribute}); and the
 * status buttons ({@code #markAchieved}, {@code #archiveGoal}, {@code #reactivateGoal}, {@code #deleteGoal}).
 */
public final class GoalsView extends VBox {

    private final GoalsViewModel goals;
    private final GoalForm form;
    private final Messages messages;

    public GoalsView(GoalsViewModel goals, Messages messages) {
        super(12);
        this.goals = goals;
        this.form = goals.form();
        this.messages = messages;
        setId("page-goals");
        getStyleClass().add("page");
        HBox body = new HBox(16, goalList(), editor());
        HBox.setHgrow(body.getChildren().get(0), Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren()
                .setAll(
                        Views.title(messages.get("page.goals")),
                        Views.message("goalsStatus", goals.statusProperty(), Styles.SUCCESS),
                        body);
    }

    private VBox goalList() {
        ListView<GoalLine> list = new ListView<>(goals.goals());
        list.setId("goalList");
        list.setPrefSize(460, 420);
        list.setPlaceholder(Views.label(messages.get("goals.empty"), Styles.TEXT_MUTED));
        list.setCellFactory(view -> new GoalCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, line) -> {
            if (line != null && line != goals.selectedProperty().get()) {
                goals.select(line);
            }
        });
        goals.selectedProperty().addListener((observable, old, line) -> {
            if (line == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != line) {
                list.getSelectionModel().select(line);
            }
        });
        CheckBox archived = new CheckBox(messages.get("goals.showArchived"));
        archived.setId("showArchived");
        archived.selectedProperty().bindBidirectional(goals.showArchivedProperty());
        Button add = Views.button("newGoal", messages.get("goals.new"), goals::newGoal);
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(8, list, Forms.row(add, archived));
    }

    private VBox editor() {
        ComboBox<GoalFunding> funding =
                Forms.choice("goalFunding", GoalFunding.values(), form.fundingProperty(), goals::fundingName);
        ListView<Choice> accounts = accountPicker();
        accounts.disableProperty().bind(form.fundingProperty().isNotEqualTo(GoalFunding.LINKED_ACCOUNTS));

        FormGrid grid = new FormGrid();
        grid.addField(
                messages.get("goals.name"),
                Forms.growingField("goalName", form.nameProperty(), messages.get("goals.name")));
        grid.addField(
                messages.get("goals.target"),
                Forms.growingField("goalTarget", form.targetProperty(), messages.get("goals.target")));
        grid.addField(
                messages.get("goals.currency"),
                Forms.growingField("goalCurrency", form.currencyProperty(), messages.get("goals.currencyPrompt")));
        grid.addField(
                messages.get("goals.date"),
                Forms.growingField("goalDate", form.targetDateProperty(), messages.get("goals.datePrompt")));
        grid.addField(messages.get("goals.funding"), funding);
        grid.addField(messages.get("goals.accounts"), accounts);

        Button save = Views.button("saveGoal", messages.get("goals.save"), goals::save, Styles.ACCENT);
        save.disableProperty().bind(goals.busyProperty());
        return new VBox(
                8,
                Views.message("goalError", form.errorProperty(), Styles.DANGER),
                grid,
                save,
                contribution(),
                statusButtons());
    }

    private ListView<Choice> accountPicker() {
        ListView<Choice> accounts = new ListView<>(goals.accounts());
        accounts.setId("goalAccounts");
        accounts.setPrefHeight(110);
        accounts.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        accounts.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Choice>) change -> {
            if (!accounts.isDisabled()
                    && !form.accounts().equals(accounts.getSelectionModel().getSelectedItems())) {
                form.accounts().setAll(accounts.getSelectionModel().getSelectedItems());
            }
        });
        form.accounts().addListener((ListChangeListener<Choice>) change -> {
            if (!form.accounts().equals(accounts.getSelectionModel().getSelectedItems())) {
                accounts.getSelectionModel().clearSelection();
                form.accounts().forEach(accounts.getSelectionModel()::select);
            }
        });
        return accounts;
    }

    private VBox contribution() {
        TextField amount = Forms.growingField(
                "contributionAmount", goals.contributionAmountProperty(), messages.get("goals.amount"));
        TextField date =
                Forms.growingField("contributionDate", goals.contributionDateProperty(), messages.get("goals.today"));
        TextField note =
                Forms.growingField("contributionNote", goals.contributionNoteProperty(), messages.get("goals.note"));
        Button contribute = Views.button("contribute", messages.get("goals.contribute"), goals::contribute);
        contribute
                .disableProperty()
                .bind(goals.selectedProperty()
                        .isNull()
                        .or(form.fundingProperty().isNotEqualTo(GoalFunding.CONTRIBUTIONS))
                        .or(goals.busyProperty()));
        VBox box =
                new VBox(6, Views.label(messages.get("goals.contribution"), Styles.TEXT_BOLD), Forms.row(amount, date));
        box.getChildren().add(Forms.row(note, contribute));
        return box;
    }

    private HBox statusButtons() {
        Button achieved = Views.button("markAchieved", messages.get("goals.markAchieved"), goals::markAchieved);
        Button archive = Views.button("archiveGoal", messages.get("goals.archive"), goals::archive);
        Button reactivate = Views.button("reactivateGoal", messages.get("goals.reactivate"), goals::reactivate);
        Button delete = Views.button("deleteGoal", messages.get("goals.delete"), goals::delete, Styles.DANGER);
        var none = goals.selectedProperty().isNull().or(goals.busyProperty());
        achieved.disableProperty().bind(none);
        archive.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        reactivate.disableProperty().bind(none);
        goals.selectedProperty().addListener((observable, old, line) -> {
            boolean active = line == null || line.progress().goal().status() == GoalStatus.ACTIVE;
            reactivate.setVisible(!active);
            reactivate.setManaged(!active);
        });
        reactivate.setVisible(false);
        reactivate.setManaged(false);
        return Forms.row(achieved, archive, reactivate, delete);
    }

    /** A goal's name and status, its progress bar, saved of target, needed per month and projected date. */
    private static final class GoalCell extends ListCell<GoalLine> {
        @Override
        protected void updateItem(GoalLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = Views.label(line.name(), Styles.TEXT_BOLD);
            Label state = Views.label(line.status(), Styles.TEXT_MUTED);
            ProgressBar bar = new ProgressBar(line.fraction().doubleValue());
            bar.setMaxWidth(Double.MAX_VALUE);
            Label saved = Views.label(line.savedOfTarget());
            Label needed = Views.label(line.needed(), Styles.TEXT_SMALL);
            Label projected = Views.label(line.projected(), Styles.TEXT_SMALL);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            VBox box = new VBox(4, Forms.row(name, gap, state), bar, saved, needed, projected);
            setText(null);
            setGraphic(box);
        }
    }
}
