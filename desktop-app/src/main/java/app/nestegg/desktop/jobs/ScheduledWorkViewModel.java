package app.nestegg.desktop.jobs;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import app.nestegg.sync.jobs.JobStatus;
import app.nestegg.sync.jobs.Schedule;
import app.nestegg.vault.jobs.JobOutcome;
import app.nestegg.vault.jobs.JobRun;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Scheduled work: each job with its schedule, last run and its outcome, next run and last error, a switch
 * to turn it on or off, and "Run now".
 */
public final class ScheduledWorkViewModel {

    private final ScheduledWork work;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final ObservableList<JobRow> rows = FXCollections.observableArrayList();
    private final ObservableList<JobRow> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ScheduledWorkViewModel(ScheduledWork work, TaskExecutor executor, Messages messages) {
        this.work = work;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
    }

    public void refresh() {
        tasks.run(work::statuses, this::show, this::failed);
    }

    /** Runs the job now; the outcome shows in the status line, or its error in the error line. */
    public void runNow(JobRow row) {
        status.set(messages.format("jobs.running", row.title()));
        error.set("");
        tasks.run(() -> work.runNow(row.name()), run -> ran(row, run), this::failed);
    }

    public void setEnabled(JobRow row, boolean enabled) {
        tasks.run(
                () -> {
                    work.setEnabled(row.name(), enabled);
                    return work.statuses();
                },
                this::show,
                this::failed);
    }

    private void ran(JobRow row, JobRun run) {
        if (run.outcome() == JobOutcome.SUCCEEDED) {
            status.set(messages.format("jobs.ranNow", row.title()));
        } else {
            status.set("");
            error.set(messages.format("jobs.failedNow", row.title(), run.errorMessage()));
        }
        refresh();
    }

    private void show(List<JobStatus> statuses) {
        rows.setAll(statuses.stream().map(this::row).toList());
    }

    private JobRow row(JobStatus job) {
        JobRun last = job.lastRun();
        return new JobRow(
                job.name(),
                messages.get("jobs.title." + job.name()),
                schedule(job.schedule()),
                job.enabled(),
                last == null
                        ? messages.get("jobs.never")
                        : messages.format(
                                "jobs.lastRun",
                                messages.dateTime(last.startedAt()),
                                messages.get("jobs.outcome." + last.outcome().name())),
                messages.dateTime(job.nextRun()),
                last == null || last.errorMessage() == null ? "" : last.errorMessage());
    }

    private String schedule(Schedule schedule) {
        return switch (schedule) {
            case Schedule.Every every ->
                every.interval().toMinutesPart() == 0
                        ? messages.format("jobs.every", every.interval().toHours())
                        : messages.format("jobs.everyMinutes", every.interval().toMinutes());
            case Schedule.DailyAt daily ->
                messages.format("jobs.daily", daily.time().toString());
        };
    }

    private void failed(Exception failure) {
        status.set("");
        error.set(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    public ObservableList<JobRow> rows() {
        return shownRows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
