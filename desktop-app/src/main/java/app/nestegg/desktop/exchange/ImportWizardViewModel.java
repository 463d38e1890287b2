package app.nestegg.desktop.exchange;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.StatementFormat;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.exchange.imports.ImportCancelledException;
import app.nestegg.vault.exchange.imports.ImportOptions;
import app.nestegg.vault.exchange.imports.ImportPlan;
import app.nestegg.vault.exchange.imports.ImportResult;
import app.nestegg.vault.exchange.imports.StatementImporter;
import app.nestegg.vault.ledger.Account;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard, one file after another: read the file; for CSV choose the account and the mapping; match each
 * statement to an account; review duplicates; import with progress and cancel; the result. Nothing is written before
 * the import step, and the import writes a file whole or not at all, so closing or cancelling leaves the vault as it
 * was. Vault and file work runs through {@link TrackedTasks}; the import step itself is
 * {@link ImportRunViewModel}.
 */
public final class ImportWizardViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final StatementReading reading;
    private final Runnable afterImport;
    private final LedgerErrors errors;
    private final PlanRows planRows;
    private final CsvMappingViewModel csv;
    private final ImportRunViewModel run;
    private final Deque<Path> queue = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<ImportStep> step = new ReadOnlyObjectWrapper<>(this, "step", ImportStep.FILE);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper fileSummary = new ReadOnlyStringWrapper(this, "fileSummary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext", false);
    private final ReadOnlyBooleanWrapper moreFiles = new ReadOnlyBooleanWrapper(this, "moreFiles", false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed", false);
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper resultTitle = new ReadOnlyStringWrapper(this, "resultTitle", "");
    private final ObservableList<Account> openAccounts = FXCollections.observableArrayList();
    private final ObservableList<StatementMatch> matches = FXCollections.observableArrayList();
    private final ObservableList<ReviewRow> review = FXCollections.observableArrayList();
    private final ObservableList<String> resultLines = FXCollections.observableArrayList();
    private final ObjectProperty<Account> csvAccount = new SimpleObjectProperty<>(this, "csvAccount");
    private Path file;
    private StatementFormat format;
    private ParsedFile parsed;
    private ImportPlan plan;
    private int generation;
    private boolean closeWhenStopped;

    public ImportWizardViewModel(
            VaultSession session,
            TaskExecutor executor,
            Messages messages,
            MoneyFormat format,
            StatementReading reading,
            ImportRunViewModel.BeforeBulkImport beforeBulkImport,
            Runnable afterImport) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.reading = reading;
        this.run = new ImportRunViewModel(session, executor, tasks, messages, beforeBulkImport);
        this.afterImport = afterImport;
        this.errors = new LedgerErrors(messages);
        this.planRows = new PlanRows(messages, format);
        this.csv = new CsvMappingViewModel(reading, messages, format);
        csvAccount.addListener((observable, old, account) -> csvAccountChosen(account));
        csv.readableProperty().addListener((observable, old, now) -> updateCanGoNext());
        tasks.busyProperty().addListener((observable, old, now) -> updateCanGoNext());
    }

    /** Adds files to go through; the first one opens at once when no file is open. */
    public void add(List<Path> files) {
        queue.addAll(files);
        if (file == null) {
            openNext();
        } else {
            moreFiles.set(!queue.isEmpty());
        }
    }

    private void openNext() {
        file = queue.poll();
        moreFiles.set(!queue.isEmpty());
        if (file == null) {
            closed.set(true);
            return;
        }
        generation++;
        format = null;
        parsed = null;
        plan = null;
        csvAccount.set(null);
        matches.clear();
        review.clear();
        resultLines.clear();
        counts.set("");
        error.set("");
        fileSummary.set("");
        resultTitle.set("");
        fileName.set(String.valueOf(file.getFileName()));
        show(ImportStep.FILE);
        Path reading = file;
        tasks.run(() -> load(reading), forThisFile(this::loaded), forThisFile(this::failed));
    }

    private record Loaded(StatementFormat format, ParsedFile parsed, String text, CsvGuess guess, List<Account> open) {}

    private Loaded load(Path path) {
        List<Account> open = session.ledger().accounts().list().stream()
                .filter(account -> !account.closed())
                .toList();
        StatementFormat sniffed = reading.format(path);
        if (sniffed == StatementFormat.CSV) {
            String text = reading.text(path);
            return new Loaded(sniffed, null, text, reading.detect(String.valueOf(path.getFileName()), text), open);
        }
        return new Loaded(sniffed, reading.read(path), null, null, open);
    }

    private void loaded(Loaded loaded) {
        format = loaded.format();
        parsed = loaded.parsed();
        openAccounts.setAll(loaded.open());
        if (parsed != null) {
            fileSummary.set(messages.format("import.file.summary", format.name(), parsed.lineCount()));
        } else {
            fileSummary.set(messages.format("import.file.csvSummary", lineCount(loaded.text())));
            csv.load(fileName.get(), loaded.text(), loaded.guess());
        }
        updateCanGoNext();
    }

    private static long lineCount(String text) {
        return text.lines().filter(line -> !line.isBlank()).count();
    }

    /** Goes on from the current step; does nothing while the step is not complete or work is running. */
    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        error.set("");
        switch (step.get()) {
            case FILE -> {
                if (format == StatementFormat.CSV) {
                    show(ImportStep.CSV_MAPPING);
                } else {
                    planFile();
                }
            }
            case CSV_MAPPING -> planCsv();
            case ACCOUNTS -> show(ImportStep.REVIEW);
            case REVIEW -> commit();
            case RESULT -> openNext();
            case IMPORTING -> {}
        }
    }

    /** Back one step (before the import); the plan is made again when going on. */
    public void back() {
        switch (step.get()) {
            case CSV_MAPPING, ACCOUNTS -> show(ImportStep.FILE);
            case REVIEW -> show(format == StatementFormat.CSV ? ImportStep.CSV_MAPPING : ImportStep.ACCOUNTS);
            default -> {}
        }
        error.set("");
    }

    public boolean canGoBack() {
        return switch (step.get()) {
            case CSV_MAPPING, ACCOUNTS, REVIEW -> true;
            default -> false;
        };
    }

    private void planFile() {
        ParsedFile file = parsed;
        tasks.run(
                () -> new StatementImporter(session.ledger()).plan(file, ImportOptions.defaults()),
                forThisFile(planned -> {
                    showPlan(planned);
                    show(ImportStep.ACCOUNTS);
                }),
                forThisFile(this::failed));
    }

    private void planCsv() {
        CsvMapping mapping = csv.mapping();
        Account account = csvAccount.get();
        Path path = file;
        tasks.run(
                () -> new StatementImporter(session.ledger())
                        .plan(
                                reading.readCsv(path, mapping),
                                ImportOptions.into(account.id()).withCsvMapping(mapping)),
                forThisFile(planned -> {
                    showPlan(planned);
                    show(ImportStep.REVIEW);
                }),
                forThisFile(this::failed));
    }

    private void csvAccountChosen(Account account) {
        csv.currencyProperty().set(account == null ? null : account.currency());
        updateCanGoNext();
        if (account == null) {
            return;
        }
        tasks.run(
                () -> new StatementImporter(session.ledger()).rememberedMapping(account.id()),
                forThisFile((Optional<CsvMapping> remembered) ->
                        remembered.ifPresentOrElse(csv::useRemembered, csv::useGuess)),
                forThisFile(this::failed));
    }

    /** The callback, dropped when the person has moved on to another file since the work was asked for. */
    private <T> Consumer<T> forThisFile(Consumer<T> callback) {
        int asked = generation;
        return value -> {
            if (asked == generation) {
                callback.accept(value);
            }
        };
    }

    /** Sends one statement to another account; its duplicates are looked for again there. */
    public void retarget(StatementMatch match, Account account) {
        if (account == null || plan == null || account.id().equals(match.accountId())) {
            return;
        }
        ImportPlan current = plan;
        tasks.run(
                () -> new StatementImporter(session.ledger()).retarget(current, match.index(), account.id()),
                forThisFile(this::showPlan),
                forThisFile(this::failed));
    }

    /** Includes or leaves out one row; a duplicate is included only when the person ticks it. */
    public void setIncluded(ReviewRow row, boolean included) {
        if (plan == null || row.included() == included) {
            return;
        }
        plan = plan.withIncluded(row.statement(), row.row(), included);
        var statement = plan.statements().get(row.statement());
        ReviewRow updated = planRows.row(
                row.statement(), row.row(), statement.rows().get(row.row()), PlanRows.currency(statement.target()));
        int at = review.indexOf(row);
        if (at >= 0) {
            review.set(at, updated);
        }
        counts.set(planRows.counts(plan));
        updateCanGoNext();
    }

    private void showPlan(ImportPlan planned) {
        plan = planned;
        matches.setAll(planRows.matches(planned));
        review.setAll(planRows.review(planned));
        counts.set(planRows.counts(planned));
        updateCanGoNext();
    }

    private void commit() {
        show(ImportStep.IMPORTING);
        run.start(plan, this::imported, this::importFailed);
    }

    /** Asks a running import to stop; it rolls back, so nothing of the file is written. */
    public void cancel() {
        run.cancel();
    }

    private void imported(ImportResult result) {
        resultTitle.set(messages.format("import.result.title", result.imported(), result.skipped()));
        resultLines.setAll(result.accounts().stream()
                .map(account -> messages.format(
                        account.opened() ? "import.result.opened" : "import.result.account",
                        account.accountName(),
                        account.imported(),
                        account.skipped()))
                .toList());
        show(ImportStep.RESULT);
        afterImport.run();
        closeIfAsked();
    }

    private void importFailed(Exception failure) {
        if (failure instanceof ImportCancelledException) {
            resultTitle.set(messages.get("import.result.cancelled"));
        } else {
            resultTitle.set(messages.get("import.result.failed"));
            error.set(describe(failure));
        }
        resultLines.clear();
        show(ImportStep.RESULT);
        closeIfAsked();
    }

    private void closeIfAsked() {
        if (closeWhenStopped) {
            closed.set(true);
        }
    }

    private void failed(Exception failure) {
        error.set(describe(failure));
        updateCanGoNext();
    }

    private String describe(Exception failure) {
        return failure instanceof ImportException refused ? refused.getMessage() : errors.describe(failure);
    }

    /** Leaves this file without importing it and opens the next one, if any. */
    public void skipFile() {
        if (step.get() != ImportStep.IMPORTING) {
            openNext();
        }
    }

    /** Closes the wizard; a running import is cancelled first, and the wizard closes when it has stopped. */
    public void close() {
        if (step.get() == ImportStep.IMPORTING) {
            closeWhenStopped = true;
            cancel();
            queue.clear();
            moreFiles.set(false);
            return;
        }
        queue.clear();
        file = null;
        closed.set(true);
    }

    private void show(ImportStep next) {
        step.set(next);
        updateCanGoNext();
    }

    private void updateCanGoNext() {
        boolean ready = switch (step.get()) {
            case FILE -> format != null && error.get().isEmpty();
            case CSV_MAPPING ->
                csvAccount.get() != null && csv.readableProperty().get();
            case ACCOUNTS -> plan != null && matches.stream().noneMatch(StatementMatch::unmatched);
            case REVIEW -> plan != null;
            case RESULT -> true;
            case IMPORTING -> false;
        };
        canGoNext.set(ready && !tasks.isBusy());
    }

    public CsvMappingViewModel csv() {
        return csv;
    }

    public ReadOnlyObjectProperty<ImportStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** "OFX, 6 transactions" or "CSV, 5 lines", once the file is read. */
    public ReadOnlyStringProperty fileSummaryProperty() {
        return fileSummary.getReadOnlyProperty();
    }

    /** Why the file cannot be read or planned ({@link ImportException}'s message names file, line and field). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreFilesProperty() {
        return moreFiles.getReadOnlyProperty();
    }

    /** True once the person closed the wizard or the last file is done. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    /** The import step: progress and cancel. */
    public ImportRunViewModel run() {
        return run;
    }

    /** "5 new, 1 duplicate; 5 to import". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTitleProperty() {
        return resultTitle.getReadOnlyProperty();
    }

    /** One line per account: imported, skipped, and whether the import opened it. */
    public ObservableList<String> resultLines() {
        return resultLines;
    }

    /** The open accounts, for choosing where a statement goes. */
    public ObservableList<Account> openAccounts() {
        return openAccounts;
    }

    public ObservableList<StatementMatch> matches() {
        return matches;
    }

    public ObservableList<ReviewRow> review() {
        return review;
    }

    /** The account a CSV file goes into (a CSV file names none). */
    public ObjectProperty<Account> csvAccountProperty() {
        return csvAccount;
    }

    /** The plan as it stands, for tests and the result. */
    public ImportPlan plan() {
        return plan;
    }
}
