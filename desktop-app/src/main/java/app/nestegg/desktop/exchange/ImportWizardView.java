package app.nestegg.desktop.exchange;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The import wizard's card: the file and the steps at the top, the current step's content, and the buttons
 * ({@code #importSkip}, {@code #importBack}, {@code #importNext}, {@code #importClose}). Enter goes on, Escape closes
 * (or cancels a running import). {@code onClosed} runs once the wizard is closed.
 */
public final class ImportWizardView extends VBox {

    private final ImportWizardViewModel wizard;
    private final Messages messages;
    private final StackPane content = new StackPane();
    private final Map<ImportStep, Node> steps = new EnumMap<>(ImportStep.class);

    public ImportWizardView(ImportWizardViewModel wizard, Messages messages, Runnable onClosed) {
        super(14);
        this.wizard = wizard;
        this.messages = messages;
        setId("importWizard");
        getStyleClass().addAll("screen-card", "import-wizard");
        setMaxSize(980, 720);
        setPrefSize(940, 660);
        Label title = Views.label("", Styles.TITLE_3);
        title.setId("importTitle");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.format(
                                "import.title", wizard.fileNameProperty().get()),
                        wizard.fileNameProperty()));
        VBox.setVgrow(content, Priority.ALWAYS);
        content.setAlignment(Pos.TOP_LEFT);
        getChildren()
                .addAll(
                        title,
                        stepBar(),
                        content,
                        Views.message("importError", wizard.errorProperty(), Styles.DANGER),
                        buttons());
        wizard.stepProperty().addListener((observable, old, step) -> show(step));
        wizard.closedProperty().addListener((observable, old, closed) -> {
            if (closed) {
                onClosed.run();
            }
        });
        show(wizard.stepProperty().get());
    }

    private HBox stepBar() {
        HBox bar = new HBox(6);
        bar.setId("importSteps");
        for (ImportStep step : ImportStep.values()) {
            Label label = Views.label(messages.get("import.step." + step.name()), Styles.TEXT_SMALL);
            label.setWrapText(false);
            label.getStyleClass().add("import-step");
            wizard.stepProperty().addListener((observable, old, now) -> mark(label, step, now));
            mark(label, step, wizard.stepProperty().get());
            if (!bar.getChildren().isEmpty()) {
                bar.getChildren().add(Views.label("›", Styles.TEXT_MUTED));
            }
            bar.getChildren().add(label);
        }
        return bar;
    }

    private static void mark(Label label, ImportStep step, ImportStep current) {
        label.getStyleClass().removeAll(Styles.ACCENT, Styles.TEXT_BOLD, Styles.TEXT_MUTED);
        label.getStyleClass()
                .addAll(
                        step == current
                                ? new String[] {Styles.ACCENT, Styles.TEXT_BOLD}
                                : new String[] {Styles.TEXT_MUTED});
    }

    private HBox buttons() {
        Button skip = Views.button("importSkip", messages.get("import.skipFile"), wizard::skipFile, Styles.FLAT);
        Views.showWhen(
                skip,
                wizard.moreFilesProperty()
                        .and(wizard.stepProperty().isNotEqualTo(ImportStep.IMPORTING))
                        .and(wizard.stepProperty().isNotEqualTo(ImportStep.RESULT)));
        Button back = Views.button("importBack", messages.get("import.back"), wizard::back);
        back.disableProperty()
                .bind(Bindings.createBooleanBinding(() -> !wizard.canGoBack(), wizard.stepProperty())
                        .or(wizard.busyProperty()));
        Button next = Views.button("importNext", messages.get("import.next"), wizard::next, Styles.ACCENT);
        next.setDefaultButton(true);
        next.disableProperty().bind(wizard.canGoNextProperty().not());
        next.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.get(nextKey()), wizard.stepProperty(), wizard.moreFilesProperty()));
        Button close = Views.button("importClose", messages.get("import.close"), wizard::close);
        close.setCancelButton(true);
        close.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.get(
                                wizard.stepProperty().get() == ImportStep.IMPORTING ? "import.cancel" : "import.close"),
                        wizard.stepProperty()));
        close.disableProperty().bind(wizard.run().cancellingProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        Views.showWhen(busy, wizard.busyProperty().and(wizard.stepProperty().isNotEqualTo(ImportStep.IMPORTING)));
        HBox row = new HBox(8, skip, new Spacer(), busy, back, next, close);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private String nextKey() {
        return switch (wizard.stepProperty().get()) {
            case REVIEW -> "import.import";
            case RESULT -> wizard.moreFilesProperty().get() ? "import.nextFile" : "import.done";
            default -> "import.next";
        };
    }

    private void show(ImportStep step) {
        content.getChildren().setAll(steps.computeIfAbsent(step, this::build));
    }

    private Node build(ImportStep step) {
        return switch (step) {
            case FILE -> fileStep();
            case CSV_MAPPING -> new CsvMappingView(wizard, messages);
            case ACCOUNTS -> new AccountMatchView(wizard, messages);
            case REVIEW -> new DuplicateReviewView(wizard, messages);
            case IMPORTING -> importing();
            case RESULT -> result();
        };
    }

    private Node fileStep() {
        Label summary = Views.label("", Styles.TITLE_4);
        summary.setId("fileSummary");
        summary.textProperty()
                .bind(Bindings.when(wizard.fileSummaryProperty().isEmpty())
                        .then(Bindings.when(wizard.busyProperty())
                                .then(messages.get("import.file.reading"))
                                .otherwise(""))
                        .otherwise(wizard.fileSummaryProperty()));
        return new VBox(10, summary);
    }

    private Node importing() {
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(wizard.run().progressProperty());
        Label text = Views.label("");
        text.setId("importProgressText");
        text.textProperty()
                .bind(Bindings.when(wizard.run().cancellingProperty())
                        .then(messages.get("import.cancelling"))
                        .otherwise(wizard.run().progressTextProperty()));
        VBox box = new VBox(12, bar, text);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private Node result() {
        Label title = Views.label("", Styles.TITLE_4);
        title.setId("importResult");
        title.textProperty().bind(wizard.resultTitleProperty());
        VBox lines = new VBox(4);
        lines.setId("importResultLines");
        wizard.resultLines().addListener((javafx.collections.ListChangeListener<String>) change -> lines.getChildren()
                .setAll(wizard.resultLines().stream().map(Views::label).toList()));
        return new VBox(10, title, lines);
    }
}
