package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.ReconcileSummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The reconcile dialog: the statement's date and closing balance, the cleared balance and the difference left; finish
 * is possible only at a difference of zero, and marks the cleared transactions reconciled.
 */
public final class ReconcileViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final LedgerErrors errors;
    private final Account account;
    private final Runnable onFinished;
    private final StringProperty statementDate = new SimpleStringProperty(this, "statementDate", "");
    private final StringProperty statementBalance = new SimpleStringProperty(this, "statementBalance", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper balances = new ReadOnlyBooleanWrapper(this, "balances", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ReconcileViewModel(
            VaultSession session,
            TaskExecutor executor,
            Messages messages,
            MoneyFormat format,
            Clock clock,
            Account account,
            Runnable onFinished) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.errors = new LedgerErrors(messages);
        this.account = account;
        this.onFinished = onFinished;
        statementDate.set(format.date(LocalDate.now(clock)));
    }

    private record Input(LocalDate date, BigDecimal balance) {}

    private Optional<Input> input() {
        error.set("");
        Optional<LocalDate> date = format.parseDate(statementDate.get());
        if (date.isEmpty()) {
            error.set(messages.format("ledger.badDate", statementDate.get()));
            return Optional.empty();
        }
        Optional<BigDecimal> balance = format.parseAmount(statementBalance.get());
        if (balance.isEmpty()) {
            error.set(messages.format("ledger.badAmount", statementBalance.get()));
            return Optional.empty();
        }
        return Optional.of(new Input(date.get(), balance.get()));
    }

    /** Shows the cleared balance and the difference for the statement as typed; writes nothing. */
    public void preview() {
        input().ifPresent(in -> tasks.run(
                () -> session.ledger().reconciliations().preview(account.id(), in.date(), in.balance()),
                this::show,
                failure -> error.set(errors.describe(failure))));
    }

    /** Marks the cleared transactions reconciled; refused (with the ledger's message) while a difference is left. */
    public void finish() {
        input().ifPresent(in -> tasks.run(
                () -> session.ledger().reconciliations().finish(account.id(), in.date(), in.balance()),
                done -> {
                    show(done);
                    summary.set(messages.format("reconcile.done", done.toMark()));
                    onFinished.run();
                },
                failure -> error.set(errors.describe(failure))));
    }

    private void show(ReconcileSummary result) {
        balances.set(result.balances());
        summary.set(messages.format(
                "reconcile.summary",
                format.format(result.clearedBalance()),
                format.format(result.difference()),
                result.toMark()));
    }

    public StringProperty statementDateProperty() {
        return statementDate;
    }

    public StringProperty statementBalanceProperty() {
        return statementBalance;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty balancesProperty() {
        return balances.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
