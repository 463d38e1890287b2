package app.nestegg.desktop.security.settings;

import app.nestegg.desktop.security.settings.SecuritySettingsViewModel.AuditRow;
import app.nestegg.desktop.text.Messages;
import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The newest audit events ({@code #auditLog}): when, what, details. */
final class AuditTable extends TableView<AuditRow> {

    AuditTable(ObservableList<AuditRow> rows, Messages messages) {
        super(rows);
        setId("auditLog");
        getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label(messages.get("security.audit.empty")));
        setPrefHeight(300);
        getColumns().add(column(messages.get("security.audit.time"), AuditRow::time, 170));
        getColumns().add(column(messages.get("security.audit.event"), AuditRow::event, 200));
        getColumns().add(column(messages.get("security.audit.detail"), AuditRow::detail, 300));
    }

    private static TableColumn<AuditRow, String> column(String title, Function<AuditRow, String> value, double width) {
        TableColumn<AuditRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
