package app.nestegg.desktop.jobs;

import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/** Settings → Scheduled work: a card per job ({@code #job-NAME}) with {@code #runNow-NAME} and {@code #enabled-NAME}. */
public final class ScheduledWorkView extends VBox {

    private final ScheduledWorkViewModel jobs;
    private final Messages messages;
    private final VBox list = new VBox(10);

    public ScheduledWorkView(ScheduledWorkViewModel jobs, Messages messages) {
        super(10);
        this.jobs = jobs;
        this.messages = messages;
        setId("scheduledWork");
        getStyleClass().add("page");
        jobs.rows().addListener((ListChangeListener<JobRow>) change -> showRows());
        showRows();
        getChildren()
                .addAll(
                        Views.label(messages.get("jobs.settingsTitle"), Styles.TITLE_4),
                        Views.label(messages.get("jobs.settingsHelp"), Styles.TEXT_MUTED),
                        list,
                        Views.message("jobsStatus", jobs.statusProperty(), Styles.SUCCESS),
                        Views.message("jobsError", jobs.errorProperty(), Styles.DANGER));
    }

    private void showRows() {
        list.getChildren().setAll(jobs.rows().stream().map(this::card).toList());
    }

    private Node card(JobRow row) {
        VBox card = new VBox(4);
        card.setId("job-" + row.name());
        card.getStyleClass().add("inset-box");
        card.getChildren()
                .addAll(
                        Views.label(row.title(), Styles.TEXT_BOLD),
                        Views.label(row.schedule(), Styles.TEXT_MUTED),
                        Views.label(messages.format("jobs.lastRunLine", row.lastRun())),
                        Views.label(messages.format("jobs.nextRunLine", row.nextRun())));
        if (!row.error().isEmpty()) {
            card.getChildren().add(Views.label(messages.format("jobs.errorLine", row.error()), Styles.DANGER));
        }
        CheckBox enabled = new CheckBox(messages.get("jobs.enabled"));
        enabled.setId("enabled-" + row.name());
        enabled.setSelected(row.enabled());
        enabled.setOnAction(event -> jobs.setEnabled(row, enabled.isSelected()));
        enabled.disableProperty().bind(jobs.busyProperty());
        Button runNow = Views.button("runNow-" + row.name(), messages.get("jobs.runNow"), () -> jobs.runNow(row));
        runNow.disableProperty().bind(jobs.busyProperty());
        card.getChildren().add(Forms.row(runNow, enabled));
        return card;
    }
}
