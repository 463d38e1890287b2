package app.nestegg.desktop.diagnostics;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import app.nestegg.sync.diagnostics.ByteSizes;
import app.nestegg.sync.diagnostics.DiagnosticsJson;
import app.nestegg.sync.diagnostics.DiagnosticsReport;
import app.nestegg.sync.diagnostics.Doctor;
import app.nestegg.vault.diagnostics.Counter;
import app.nestegg.vault.diagnostics.Problem;
import app.nestegg.vault.diagnostics.StorageFacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Diagnostics page: the doctor's report, made in the background, as a verdict, lines of facts, the problems with
 * their row ids and the counters; "check again" makes it anew and "copy report" gives its JSON.
 */
public final class DiagnosticsViewModel {

    /** A fact as the page shows it: a label and its value. */
    public record Fact(String label, String value) {}

    private final Doctor doctor;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<Fact> shownFacts = FXCollections.unmodifiableObservableList(facts);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> shownProblems = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> counters = FXCollections.observableArrayList();
    private final ObservableList<String> shownCounters = FXCollections.unmodifiableObservableList(counters);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyBooleanWrapper healthy = new ReadOnlyBooleanWrapper(this, "healthy", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private String report = "";

    public DiagnosticsViewModel(Doctor doctor, TaskExecutor executor, Messages messages) {
        this.doctor = doctor;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
    }

    /** Makes the report again, off the JavaFX thread. */
    public void refresh() {
        verdict.set(messages.get("diagnostics.checking"));
        error.set("");
        Optional<String> javafx = Optional.ofNullable(System.getProperty("javafx.runtime.version"));
        tasks.run(() -> doctor.examine(javafx), this::show, e -> error.set(e.getMessage()));
    }

    /** The report as JSON, the shape of {@code nest-egg doctor --json}; empty before the first report. */
    public String reportText() {
        return report;
    }

    private void show(DiagnosticsReport made) {
        report = DiagnosticsJson.text(made);
        healthy.set(made.healthy());
        verdict.set(
                made.healthy()
                        ? messages.get("diagnostics.healthy")
                        : messages.format(
                                "diagnostics.unhealthy", made.problems().size()));
        facts.setAll(facts(made));
        List<String> lines = new ArrayList<>();
        if (!made.migration().upToDate()) {
            lines.add(messages.get("diagnostics.migrationProblem"));
        }
        made.problems().stream().map(this::problem).forEach(lines::add);
        problems.setAll(lines);
        counters.setAll(made.counters().stream().map(this::counter).toList());
    }

    private List<Fact> facts(DiagnosticsReport made) {
        StorageFacts storage = made.storage();
        List<Fact> list = new ArrayList<>();
        list.add(fact("diagnostics.vault", made.vaultFolder().toString()));
        list.add(fact(
                "diagnostics.schema",
                messages.format(
                        "diagnostics.schemaState",
                        made.migration().version(),
                        made.migration().applied(),
                        made.migration().pending(),
                        made.migration().failed())));
        list.add(fact("diagnostics.database", ByteSizes.format(storage.databaseBytes())));
        list.add(fact("diagnostics.keyring", ByteSizes.format(storage.keyringBytes())));
        list.add(fact("diagnostics.backups", ByteSizes.format(storage.backupsBytes())));
        list.add(fact(
                "diagnostics.lastBackup",
                storage.lastBackup()
                        .map(backup -> messages.format(
                                "diagnostics.lastBackupAge",
                                backup.name(),
                                made.lastBackupAge().orElseThrow().toHours()))
                        .orElse(messages.get("diagnostics.none"))));
        list.add(fact("diagnostics.free", ByteSizes.format(storage.freeBytes())));
        made.jobs()
                .forEach(job -> list.add(new Fact(
                        messages.format("diagnostics.job", job.name()),
                        job.lastRun() == null
                                ? messages.get("diagnostics.neverRan")
                                : messages.format(
                                        "diagnostics.jobLast",
                                        job.enabled()
                                                ? messages.get("diagnostics.on")
                                                : messages.get("diagnostics.off"),
                                        job.lastRun().outcome().name()))));
        made.connections()
                .forEach(connection -> list.add(new Fact(
                        messages.format("diagnostics.connection", connection.institutionName()),
                        connection.status().name())));
        list.add(fact("diagnostics.java", made.runtime().java()));
        list.add(fact("diagnostics.javafx", made.runtime().javafx().orElse(messages.get("diagnostics.notLoaded"))));
        list.add(fact("diagnostics.os", made.runtime().os()));
        return list;
    }

    private Fact fact(String key, String value) {
        return new Fact(messages.get(key), value);
    }

    private String problem(Problem problem) {
        return messages.format(
                "diagnostics.problem",
                messages.get("diagnostics.kind." + problem.kind().name()),
                problem.table(),
                problem.rowIds().stream().map(UUID::toString).collect(Collectors.joining(", ")),
                problem.detail());
    }

    private String counter(Counter counter) {
        String name = messages.get("diagnostics.counter." + counter.name().name());
        String took = seconds(counter.duration());
        if (counter.rows().isEmpty()) {
            return messages.format("diagnostics.counterTook", name, took);
        }
        return messages.format(
                "diagnostics.counterRows",
                name,
                took,
                counter.rows().getAsLong(),
                counter.rowsPerSecond().orElse(0));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }

    public ObservableList<Fact> facts() {
        return shownFacts;
    }

    public ObservableList<String> problems() {
        return shownProblems;
    }

    public ObservableList<String> counters() {
        return shownCounters;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty healthyProperty() {
        return healthy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
