package app.nestegg.desktop.diagnostics;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The Diagnostics page: the verdict ({@code #diagnosticsVerdict}), the facts ({@code #diagnosticsFacts}), the
 * problems ({@code #diagnosticsProblems}) and counters ({@code #diagnosticsCounters}), with {@code #checkAgain} and
 * {@code #copyReport}.
 */
public final class DiagnosticsView extends ScrollPane {

    private final DiagnosticsViewModel diagnostics;
    private final GridPane facts = new GridPane(16, 4);
    private final VBox problems = new VBox(4);
    private final VBox counters = new VBox(4);

    public DiagnosticsView(DiagnosticsViewModel diagnostics, Messages messages) {
        this.diagnostics = diagnostics;
        setId("diagnostics");
        setFitToWidth(true);
        facts.setId("diagnosticsFacts");
        problems.setId("diagnosticsProblems");
        counters.setId("diagnosticsCounters");
        Label verdict = Views.bound("diagnosticsVerdict", diagnostics.verdictProperty(), Styles.TITLE_4);
        diagnostics.healthyProperty().subscribe(healthy -> {
            verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            verdict.getStyleClass().add(healthy ? Styles.SUCCESS : Styles.DANGER);
        });
        diagnostics.facts().addListener((ListChangeListener<DiagnosticsViewModel.Fact>) change -> showFacts());
        diagnostics.problems().addListener((ListChangeListener<String>)
                change -> showLines(problems, diagnostics.problems()));
        diagnostics.counters().addListener((ListChangeListener<String>)
                change -> showLines(counters, diagnostics.counters()));
        Button again = Views.button("checkAgain", messages.get("diagnostics.checkAgain"), diagnostics::refresh);
        again.disableProperty().bind(diagnostics.busyProperty());
        Button copy = Views.button("copyReport", messages.get("diagnostics.copyReport"), this::copy);
        copy.disableProperty().bind(diagnostics.busyProperty());
        VBox page = new VBox(
                12,
                Views.title(messages.get("page.diagnostics")),
                Views.label(messages.get("diagnostics.help"), Styles.TEXT_MUTED),
                verdict,
                Forms.row(again, copy),
                Views.message("diagnosticsError", diagnostics.errorProperty(), Styles.DANGER),
                Views.label(messages.get("diagnostics.problemsTitle"), Styles.TEXT_BOLD),
                problems,
                Views.label(messages.get("diagnostics.countersTitle"), Styles.TEXT_BOLD),
                counters,
                Views.label(messages.get("diagnostics.factsTitle"), Styles.TEXT_BOLD),
                facts);
        page.getStyleClass().add("page");
        setContent(page);
    }

    private void showFacts() {
        facts.getChildren().clear();
        int row = 0;
        for (DiagnosticsViewModel.Fact fact : diagnostics.facts()) {
            facts.addRow(row++, Views.label(fact.label(), Styles.TEXT_MUTED), Views.label(fact.value()));
        }
    }

    private static void showLines(VBox box, List<String> lines) {
        box.getChildren()
                .setAll(lines.stream().map(line -> (Node) Views.label(line)).toList());
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(diagnostics.reportText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
