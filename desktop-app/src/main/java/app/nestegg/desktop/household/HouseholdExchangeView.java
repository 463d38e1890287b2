package app.nestegg.desktop.household;

import app.nestegg.desktop.household.HouseholdFiles.Purpose;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The exchange half of the Household page. Shared folder: {@code #sharedFolder}, {@code #lastWritten},
 * {@code #lastMerged}, {@code #refusedFiles}, {@code #chooseFolder}, {@code #syncNow}, {@code #stopFolder}. Manual
 * exchange: {@code #exportAll}, {@code #exportBundle}, {@code #mergeBundle}; a bundle opened from outside asks first
 * ({@code #mergeConfirmation}: {@code #confirmMerge} / {@code #cancelMerge}); the result card {@code #mergeResult}
 * ({@code #mergeHeadline}, {@code #mergeConflicts}, {@code #closeResult}). History: {@code #historyTable} with the
 * selected merge's {@code #historyConflicts}; {@code #stateDigest}. Messages: {@code #syncStatus}, {@code #syncError}.
 */
public final class HouseholdExchangeView extends VBox {

    private final HouseholdSyncViewModel sync;
    private final Messages messages;
    private final HouseholdFiles files;

    public HouseholdExchangeView(HouseholdSyncViewModel sync, Messages messages, HouseholdFiles files) {
        super(12);
        this.sync = sync;
        this.messages = messages;
        this.files = files;
        getChildren()
                .setAll(
                        Views.message("syncStatus", sync.statusProperty(), Styles.SUCCESS),
                        Views.message("syncError", sync.errorProperty(), Styles.DANGER),
                        sharedFolder(),
                        manualExchange(),
                        history());
    }

    private Node sharedFolder() {
        Button choose = Views.button(
                "chooseFolder",
                messages.get("household.chooseFolder"),
                () -> files.folder(
                                messages.get("household.chooseFolder"),
                                getScene().getWindow())
                        .ifPresent(sync::useFolder));
        Button now = Views.button("syncNow", messages.get("household.syncNow"), sync::syncNow, Styles.ACCENT);
        Button stop = Views.button("stopFolder", messages.get("household.stopFolder"), sync::stopFolder);
        now.disableProperty().bind(sync.hasFolderProperty().not());
        stop.disableProperty().bind(sync.hasFolderProperty().not());
        return Sections.section(
                messages.get("household.sharedFolder"),
                Views.label(messages.get("household.folderHelp"), Styles.TEXT_MUTED),
                Views.bound("sharedFolder", sync.folderProperty()),
                Views.bound("lastWritten", sync.lastWrittenProperty()),
                lines("lastMerged", sync.lastMerged()),
                lines("refusedFiles", sync.refused()),
                Forms.row(choose, now, stop));
    }

    private Node manualExchange() {
        CheckBox all = new CheckBox(messages.get("household.exportAll"));
        all.setId("exportAll");
        all.selectedProperty().bindBidirectional(sync.everythingProperty());
        Button export = Views.button(
                "exportBundle",
                messages.get("household.exportBundle"),
                () -> files.file(
                                Purpose.SAVE_BUNDLE,
                                messages.get("household.exportBundle"),
                                getScene().getWindow())
                        .ifPresent(sync::exportBundle));
        Button merge = Views.button(
                "mergeBundle",
                messages.get("household.mergeBundle"),
                () -> files.file(
                                Purpose.OPEN_BUNDLE,
                                messages.get("household.mergeBundle"),
                                getScene().getWindow())
                        .ifPresent(sync::merge));
        return Sections.section(
                messages.get("household.exchange"),
                Views.label(messages.get("household.exchangeHelp"), Styles.TEXT_MUTED),
                Forms.row(export, all, merge),
                mergeConfirmation(),
                mergeResult());
    }

    private Node mergeConfirmation() {
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> sync.pendingBundleProperty().get() == null
                                ? ""
                                : messages.format(
                                        "household.mergeQuestion",
                                        sync.pendingBundleProperty().get().getFileName()),
                        sync.pendingBundleProperty()));
        VBox box = new VBox(
                8,
                question,
                Forms.row(
                        Views.button(
                                "confirmMerge", messages.get("household.merge"), sync::confirmMerge, Styles.ACCENT),
                        Views.button("cancelMerge", messages.get("household.cancel"), sync::cancelMerge)));
        box.setId("mergeConfirmation");
        box.getStyleClass().add("inset-box");
        Views.showWhen(box, sync.pendingBundleProperty().isNotNull());
        return box;
    }

    private Node mergeResult() {
        Label headline = new Label();
        headline.setId("mergeHeadline");
        headline.setWrapText(true);
        ObservableList<String> conflicts = FXCollections.observableArrayList();
        ListView<String> list = new ListView<>(conflicts);
        list.setId("mergeConflicts");
        list.setPrefHeight(100);
        Views.showWhen(list, Bindings.isNotEmpty(conflicts));
        sync.resultProperty().addListener((observable, old, result) -> {
            headline.setText(result == null ? "" : result.headline());
            headline.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            if (result != null) {
                headline.getStyleClass().add(result.refused() ? Styles.DANGER : Styles.SUCCESS);
            }
            conflicts.setAll(result == null ? List.of() : result.conflicts());
        });
        VBox box = new VBox(
                8, headline, list, Views.button("closeResult", messages.get("household.close"), sync::closeResult));
        box.setId("mergeResult");
        box.getStyleClass().add("inset-box");
        Views.showWhen(box, sync.resultProperty().isNotNull());
        return box;
    }

    private Node history() {
        TableView<HistoryRow> table = new TableView<>(sync.history());
        table.setId("historyTable");
        table.setPlaceholder(new Label(messages.get("household.noHistory")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(160);
        table.getColumns()
                .setAll(List.of(
                        Sections.column(messages.get("household.header.merged"), HistoryRow::merged),
                        Sections.column(messages.get("household.header.author"), HistoryRow::author),
                        Sections.column(
                                messages.get("household.header.applied"), row -> Integer.toString(row.applied())),
                        Sections.column(
                                messages.get("household.header.seen"), row -> Integer.toString(row.alreadySeen())),
                        Sections.column(
                                messages.get("household.header.conflicts"), row -> Integer.toString(row.conflicts()))));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> sync.select(row));
        ListView<String> conflicts = lines("historyConflicts", sync.conflicts());
        return Sections.section(
                messages.get("household.history"),
                table,
                conflicts,
                Views.label(messages.get("household.digest"), Styles.TEXT_MUTED),
                Views.bound("stateDigest", sync.digestProperty(), "fingerprint-text"),
                Views.label(messages.get("household.digestHelp"), Styles.TEXT_MUTED));
    }

    private static ListView<String> lines(String id, ObservableList<String> items) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(80);
        Views.showWhen(list, Bindings.isNotEmpty(items));
        return list;
    }
}
