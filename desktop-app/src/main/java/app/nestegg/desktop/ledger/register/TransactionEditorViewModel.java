package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.SplitDraft;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The editor for a new or existing transaction: date, amount, payee, memo and either a category, splits (with what is
 * left to assign) or a transfer to another account. Nothing is written while a field cannot be read; the ledger's
 * refusal is shown as it words it, with the field it names.
 */
public final class TransactionEditorViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final Clock clock;
    private final LedgerErrors errors;
    private final Account account;
    private final ObservableList<Choice> categories;
    private final ObservableList<Choice> accounts;
    private final Consumer<Transaction> onSaved;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty payee = new SimpleStringProperty(this, "payee", "");
    private final StringProperty memo = new SimpleStringProperty(this, "memo", "");
    private final ObjectProperty<Choice> category = new SimpleObjectProperty<>(this, "category");
    private final BooleanProperty transfer = new SimpleBooleanProperty(this, "transfer", false);
    private final ObjectProperty<Choice> transferAccount = new SimpleObjectProperty<>(this, "transferAccount");
    private final StringProperty transferAmount = new SimpleStringProperty(this, "transferAmount", "");
    private final ObservableList<SplitLine> splits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper(this, "remaining", "");
    private final ReadOnlyBooleanWrapper splitsBalanced = new ReadOnlyBooleanWrapper(this, "splitsBalanced", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper(this, "errorField", "");
    private final TransactionChanges changes;
    private Transaction editing;

    TransactionEditorViewModel(
            VaultSession session,
            TaskExecutor executor,
            Messages messages,
            MoneyFormat format,
            Clock clock,
            Account account,
            ObservableList<Choice> categories,
            ObservableList<Choice> accounts,
            Consumer<Transaction> onSaved) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.clock = clock;
        this.errors = new LedgerErrors(messages);
        this.account = account;
        this.categories = categories;
        this.accounts = accounts;
        this.onSaved = onSaved;
        this.changes = new TransactionChanges(session, tasks, messages);
        InvalidationListener recount = observable -> updateRemaining();
        amount.addListener(recount);
        splits.addListener((ListChangeListener<SplitLine>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(line -> line.amountProperty().addListener(recount));
                change.getRemoved().forEach(line -> line.amountProperty().removeListener(recount));
            }
            updateRemaining();
        });
    }

    public void startNew() {
        editing = null;
        changes.clear();
        title.set(messages.get("editor.newTitle"));
        date.set(format.date(LocalDate.now(clock)));
        amount.set("");
        payee.set("");
        memo.set("");
        category.set(null);
        transfer.set(false);
        transferAccount.set(null);
        transferAmount.set("");
        splits.clear();
        clearError();
        open.set(true);
    }

    public void startEdit(Transaction transaction) {
        editing = transaction;
        changes.load(transaction.id());
        title.set(messages.get("editor.editTitle"));
        date.set(format.date(transaction.date()));
        amount.set(format.decimal(transaction.amount().toDecimal()));
        payee.set(nullToEmpty(transaction.payee()));
        memo.set(nullToEmpty(transaction.memo()));
        category.set(find(categories, transaction.categoryId()));
        transfer.set(transaction.isTransfer());
        transferAccount.set(find(accounts, transaction.transferAccountId()));
        transferAmount.set("");
        splits.setAll(transaction.splits().stream()
                .map(s -> new SplitLine(
                        find(categories, s.categoryId()),
                        format.decimal(s.amount().toDecimal()),
                        s.memo()))
                .toList());
        clearError();
        open.set(true);
    }

    /** Adds a split line holding what is still unassigned (the whole amount for the first line). */
    public void addSplit() {
        Optional<BigDecimal> left = left();
        splits.add(new SplitLine(null, left.map(format::decimal).orElse(""), ""));
    }

    public void removeSplit(SplitLine line) {
        splits.remove(line);
    }

    public void cancel() {
        open.set(false);
        clearError();
    }

    /** Checks the fields, then adds or edits the transaction; a refusal leaves the editor open with its message. */
    public void save() {
        clearError();
        TransactionDraft draft;
        try {
            draft = draft();
        } catch (LedgerInputException refused) {
            show(refused);
            return;
        }
        Transaction before = editing;
        tasks.run(
                () -> before == null
                        ? session.ledger().transactions().add(draft)
                        : session.ledger().transactions().edit(before.id(), draft),
                saved -> {
                    open.set(false);
                    onSaved.accept(saved);
                },
                failure -> {
                    if (failure instanceof LedgerInputException refused) {
                        show(refused);
                    } else {
                        error.set(errors.describe(failure));
                    }
                });
    }

    private TransactionDraft draft() {
        LocalDate when = format.parseDate(date.get())
                .orElseThrow(() -> new LedgerInputException("date", messages.format("ledger.badDate", date.get())));
        BigDecimal value = amount(amount.get(), "amount");
        List<SplitDraft> parts = new ArrayList<>();
        for (SplitLine line : splits) {
            parts.add(new SplitDraft(
                    line.categoryProperty().get() == null
                            ? null
                            : line.categoryProperty().get().id(),
                    amount(line.amountProperty().get(), "split"),
                    blankToNull(line.memoProperty().get())));
        }
        TransactionDraft base = editing == null
                ? TransactionDraft.of(account.id(), when, value, blankToNull(payee.get()))
                : editing.toDraft().withDate(when).withAmount(value).withPayee(blankToNull(payee.get()));
        base = base.withMemo(blankToNull(memo.get()));
        if (transfer.get()) {
            if (transferAccount.get() == null) {
                throw new LedgerInputException("transfer", messages.get("editor.chooseTransferAccount"));
            }
            BigDecimal there = transferAmount.get().isBlank() ? null : amount(transferAmount.get(), "transferAmount");
            return base.withCategory(null)
                    .withSplits(List.of())
                    .withTransferTo(transferAccount.get().id(), there);
        }
        UUID categoryId =
                parts.isEmpty() && category.get() != null ? category.get().id() : null;
        return base.withTransferTo(null, null).withCategory(categoryId).withSplits(parts);
    }

    private BigDecimal amount(String text, String field) {
        return format.parseAmount(text)
                .orElseThrow(() -> new LedgerInputException(field, messages.format("ledger.badAmount", text)));
    }

    private Optional<BigDecimal> left() {
        Optional<BigDecimal> total = format.parseAmount(amount.get());
        if (total.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal left = total.get();
        for (SplitLine line : splits) {
            Optional<BigDecimal> part = format.parseAmount(line.amountProperty().get());
            if (part.isEmpty()) {
                return Optional.empty();
            }
            left = left.subtract(part.get());
        }
        return Optional.of(left);
    }

    private void updateRemaining() {
        if (splits.isEmpty()) {
            remaining.set("");
            splitsBalanced.set(true);
            return;
        }
        Optional<BigDecimal> left = left();
        splitsBalanced.set(left.isPresent() && left.get().signum() == 0);
        remaining.set(left.map(value ->
                        messages.format("editor.remaining", format.format(Money.rounded(value, account.currency()))))
                .orElse(messages.get("editor.remainingUnknown")));
    }

    private void show(LedgerInputException refused) {
        error.set(refused.getMessage());
        errorField.set(refused.field() == null ? "" : refused.field());
    }

    private void clearError() {
        error.set("");
        errorField.set("");
    }

    private static Choice find(List<Choice> choices, UUID id) {
        return id == null
                ? null
                : choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty payeeProperty() {
        return payee;
    }

    public StringProperty memoProperty() {
        return memo;
    }

    public ObjectProperty<Choice> categoryProperty() {
        return category;
    }

    public BooleanProperty transferProperty() {
        return transfer;
    }

    public ObjectProperty<Choice> transferAccountProperty() {
        return transferAccount;
    }

    public StringProperty transferAmountProperty() {
        return transferAmount;
    }

    public ObservableList<SplitLine> splits() {
        return splits;
    }

    public ObservableList<Choice> categories() {
        return categories;
    }

    public ObservableList<Choice> accounts() {
        return accounts;
    }

    /** "Left to assign: $10.00" while splits are listed; empty without splits. */
    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty splitsBalancedProperty() {
        return splitsBalanced.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The field the last refusal named ("amount", "split", "transfer", …), for highlighting. */
    public ReadOnlyStringProperty errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    /** Who changed the transaction being edited, and when; empty for a new one. */
    public ObservableList<String> changes() {
        return changes.lines();
    }
}
