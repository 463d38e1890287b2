package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The reconcile dialog over {@link ReconcileViewModel}: the statement fields, Check, Finish and the summary. */
public final class ReconcileDialog extends Dialog<Void> {

    public ReconcileDialog(ReconcileViewModel reconcile, Messages messages) {
        setTitle(messages.get("reconcile.title"));
        TextField date = Forms.field("statementDate", reconcile.statementDateProperty());
        TextField balance = Forms.field("statementBalance", reconcile.statementBalanceProperty());
        GridPane form = new GridPane(8, 6);
        form.addRow(0, Views.label(messages.get("reconcile.statementDate")), date);
        form.addRow(1, Views.label(messages.get("reconcile.statementBalance")), balance);
        Button check = Views.button("reconcileCheck", messages.get("reconcile.preview"), reconcile::preview);
        Button finish =
                Views.button("reconcileFinish", messages.get("reconcile.finish"), reconcile::finish, Styles.ACCENT);
        finish.disableProperty().bind(reconcile.balancesProperty().not().or(reconcile.busyProperty()));
        Label summary = Views.label("");
        summary.setId("reconcileSummary");
        summary.textProperty().bind(reconcile.summaryProperty());
        VBox content = new VBox(
                12,
                form,
                new HBox(8, check, finish),
                summary,
                Views.message("reconcileError", reconcile.errorProperty(), Styles.DANGER));
        content.setPrefWidth(440);
        getDialogPane().setContent(content);
        getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(messages.get("reconcile.close"), ButtonType.CLOSE.getButtonData()));
    }
}
