package app.nestegg.desktop.exchange.data;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Settings → Data: the export ({@code #exportEncrypt}, {@code #exportPassphrase}, {@code #exportRepeat},
 * {@code #exportButton}) and the backups ({@code #backupTable}, {@code #backUpNow}, {@code #restoreBackup}, then
 * {@code #confirmRestore} or {@code #cancelRestore}).
 */
public final class DataSettingsView extends VBox {

    private final DataSettingsViewModel data;
    private final Messages messages;

    public DataSettingsView(DataSettingsViewModel data, Messages messages) {
        super(14);
        this.data = data;
        this.messages = messages;
        setId("dataSettings");
        getStyleClass().add("page");
        getChildren().addAll(exportSection());
        getChildren().addAll(backupSection());
    }

    private Node[] exportSection() {
        CheckBox encrypt = new CheckBox(messages.get("data.encrypt"));
        encrypt.setId("exportEncrypt");
        encrypt.selectedProperty().bindBidirectional(data.encryptProperty());
        VBox passphrases = new VBox(
                8,
                passwordField("exportPassphrase", data.passphraseProperty(), "data.passphrase"),
                passwordField("exportRepeat", data.repeatProperty(), "data.repeat"),
                Views.message("exportPassphraseProblem", data.passphraseProblemProperty(), Styles.TEXT_MUTED));
        passphrases.setMaxWidth(420);
        Views.showWhen(passphrases, data.encryptProperty());
        Button export = Views.button("exportButton", messages.get("data.export"), this::chooseAndExport, Styles.ACCENT);
        export.disableProperty().bind(data.canExportProperty().not());
        return new Node[] {
            Views.label(messages.get("data.exportTitle"), Styles.TITLE_4),
            Views.label(messages.get("data.exportHelp"), Styles.TEXT_MUTED),
            encrypt,
            passphrases,
            Forms.row(export, progress()),
            Views.message("exportStatus", data.exportStatusProperty(), Styles.SUCCESS),
            Views.message("exportError", data.exportErrorProperty(), Styles.DANGER)
        };
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("data.exportChooser"));
        chooser.setInitialFileName(data.suggestedFileName());
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            data.export(file.toPath());
        }
    }

    private Node[] backupSection() {
        Button backUp = Views.button("backUpNow", messages.get("data.backUpNow"), data::backUpNow);
        backUp.disableProperty().bind(data.busyProperty());
        Button restore = Views.button("restoreBackup", messages.get("data.restore"), data::askRestore);
        restore.disableProperty()
                .bind(data.busyProperty().or(data.selectedProperty().isNull()));
        return new Node[] {
            Views.label(messages.get("data.backupsTitle"), Styles.TITLE_4),
            Views.label(messages.get("data.backupsHelp"), Styles.TEXT_MUTED),
            table(),
            Forms.row(backUp, restore),
            restoreConfirmation(),
            Views.message("backupStatus", data.backupStatusProperty(), Styles.SUCCESS),
            Views.message("backupError", data.backupErrorProperty(), Styles.DANGER)
        };
    }

    private TableView<BackupRow> table() {
        TableView<BackupRow> table = new TableView<>(data.backups());
        table.setId("backupTable");
        table.setPlaceholder(new Label(messages.get("data.noBackups")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        table.getColumns()
                .setAll(List.of(
                        column("data.created", BackupRow::created),
                        column("data.kind", BackupRow::kind),
                        column("data.size", BackupRow::size),
                        column("data.name", BackupRow::name)));
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((observable, old, row) -> data.selectedProperty().set(row));
        data.selectedProperty().addListener((observable, old, row) -> {
            if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    private TableColumn<BackupRow, String> column(String titleKey, Function<BackupRow, String> text) {
        TableColumn<BackupRow, String> column = new TableColumn<>(messages.get(titleKey));
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private VBox restoreConfirmation() {
        Button confirm = Views.button(
                "confirmRestore", messages.get("data.restoreConfirm"), data::confirmRestore, Styles.DANGER);
        Button cancel = Views.button("cancelRestore", messages.get("data.restoreCancel"), data::cancelRestore);
        Message question = new Message(messages.get("data.restoreTitle"), "");
        question.setId("restoreQuestion");
        question.getStyleClass().add(Styles.WARNING);
        question.descriptionProperty().bind(data.restoreQuestionProperty());
        VBox confirmation = new VBox(8, question, Forms.row(confirm, cancel));
        confirmation.setMaxWidth(640);
        Views.showWhenNotEmpty(confirmation, data.restoreQuestionProperty());
        return confirmation;
    }

    private PasswordField passwordField(String id, StringProperty property, String promptKey) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private ProgressIndicator progress() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(20, 20);
        Views.showWhen(progress, data.busyProperty());
        return progress;
    }
}
