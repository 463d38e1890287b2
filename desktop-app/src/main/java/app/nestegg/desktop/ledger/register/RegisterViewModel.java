package app.nestegg.desktop.ledger.register;

import app.nestegg.desktop.concurrent.Debouncer;
import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.CategoryCatalog;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.RegisterPage;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.RegisterRow;
import app.nestegg.vault.ledger.Transaction;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One account's register: a window of pages read with keyset pagination as the user scrolls ({@link RegisterWindow}),
 * the search and filters (each change queries again after a quiet pause, and results of an older query are dropped),
 * inline payee and category edits, bulk re-categorising, and the transaction editor.
 */
public final class RegisterViewModel {

    public static final int PAGE_SIZE = 200;
    public static final int MAX_PAGES = 4;

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final Debouncer debouncer;
    private final LedgerErrors errors;
    private final Account account;
    private final int pageSize;
    private final RegisterWindow window;
    private final RegisterFilters filters;
    private final TransactionEditorViewModel editor;
    private final ObservableList<Choice> categories = FXCollections.observableArrayList();
    private final Map<UUID, String> categoryNames = new HashMap<>();
    private final ObservableList<Choice> otherAccounts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private IntConsumer onShift = delta -> {};
    private RegisterQuery query;
    private long generation;
    private boolean paging;

    public RegisterViewModel(
            VaultSession session,
            TaskExecutor executor,
            Messages messages,
            MoneyFormat format,
            Debouncer debouncer,
            Clock clock,
            Account account,
            int pageSize,
            int maxPages) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.debouncer = debouncer;
        this.errors = new LedgerErrors(messages);
        this.account = account;
        this.pageSize = pageSize;
        this.window = new RegisterWindow(maxPages);
        this.filters = new RegisterFilters(messages, format);
        this.query = RegisterQuery.forAccount(account.id());
        this.editor = new TransactionEditorViewModel(
                session, executor, messages, format, clock, account, categories, otherAccounts, this::saved);
        filters.onChange(() -> debouncer.schedule(this::reload));
    }

    private record Opened(List<Choice> categories, Map<UUID, String> labels, List<Choice> accounts) {}

    /** Reads the categories and other accounts, then the newest page. */
    public void open() {
        tasks.run(
                () -> {
                    Ledger ledger = session.ledger();
                    List<Choice> accounts = ledger.accounts().list().stream()
                            .filter(a -> !a.closed() && !a.id().equals(account.id()))
                            .map(a -> new Choice(a.id(), a.name()))
                            .toList();
                    List<CategoryGroup> groups = ledger.categories().list();
                    return new Opened(CategoryCatalog.choices(groups), CategoryCatalog.labels(groups), accounts);
                },
                opened -> {
                    categories.setAll(opened.categories());
                    categoryNames.clear();
                    categoryNames.putAll(opened.labels());
                    otherAccounts.setAll(opened.accounts());
                    reload();
                },
                this::failed);
    }

    /** A filtered count stops here; the status then says "or more". */
    static final long COUNT_LIMIT = 10_000;

    /**
     * Queries again from the newest row with the filters as they are now; earlier queries' results are dropped. The
     * rows come first; the count follows in a second task, so a slow count never holds the rows back.
     */
    public void reload() {
        debouncer.cancel();
        RegisterFilters.Parsed parsed = filters.query(account.id());
        if (parsed.query() == null) {
            error.set(parsed.error());
            return;
        }
        error.set("");
        RegisterQuery wanted = parsed.query();
        long mine = ++generation;
        paging = false;
        tasks.run(
                () -> session.ledger().register().older(wanted, null, pageSize),
                page -> {
                    if (mine != generation) {
                        return;
                    }
                    query = wanted;
                    window.reset(page);
                    count(wanted, mine);
                },
                failure -> {
                    if (mine == generation) {
                        failed(failure);
                    }
                });
    }

    private void count(RegisterQuery wanted, long mine) {
        boolean exact = wanted.isWholeAccount();
        tasks.run(
                () -> exact
                        ? session.ledger().register().count(wanted)
                        : session.ledger().register().count(wanted, COUNT_LIMIT),
                count -> {
                    if (mine == generation) {
                        status.set(
                                !exact && count >= COUNT_LIMIT
                                        ? messages.format("register.countAtLeast", COUNT_LIMIT)
                                        : messages.format("register.count", count));
                    }
                },
                failure -> {
                    if (mine == generation) {
                        failed(failure);
                    }
                });
    }

    /**
     * Tells which rows are on screen; near the end of the held rows the next older page is read, near the start the
     * next newer one.
     */
    public void visible(int first, int last) {
        int margin = Math.max(1, pageSize / 4);
        if (last >= window.rows().size() - margin && window.hasOlder()) {
            loadOlder();
        } else if (first <= margin && window.hasNewer()) {
            loadNewer();
        }
    }

    public void loadOlder() {
        if (paging || !window.hasOlder()) {
            return;
        }
        page(() -> session.ledger().register().older(query, window.oldestKey(), pageSize), page -> {
            int dropped = window.appendOlder(page);
            if (dropped > 0) {
                onShift.accept(-dropped);
            }
        });
    }

    public void loadNewer() {
        if (paging || !window.hasNewer()) {
            return;
        }
        page(() -> session.ledger().register().newer(query, window.newestKey(), pageSize), page -> {
            int added = window.prependNewer(page);
            if (added > 0) {
                onShift.accept(added);
            }
        });
    }

    private void page(java.util.concurrent.Callable<RegisterPage> read, java.util.function.Consumer<RegisterPage> use) {
        long mine = generation;
        paging = true;
        tasks.run(
                read,
                page -> {
                    if (mine != generation) {
                        return;
                    }
                    paging = false;
                    use.accept(page);
                },
                failure -> {
                    paging = false;
                    failed(failure);
                });
    }

    /** Gives the row a new payee, keeping everything else. */
    public void changePayee(RegisterRow row, String payee) {
        Transaction t = row.transaction();
        change(() -> session.ledger().transactions().edit(t.id(), t.toDraft().withPayee(payee)));
    }

    /** Gives the row a new category; split transactions and transfers keep theirs. */
    public void changeCategory(RegisterRow row, Choice category) {
        Transaction t = row.transaction();
        change(() -> session.ledger()
                .transactions()
                .edit(t.id(), t.toDraft().withCategory(category == null ? null : category.id())));
    }

    private void change(java.util.concurrent.Callable<Transaction> edit) {
        error.set("");
        tasks.run(edit, changed -> window.replace(List.of(changed)), this::failedAndReshow);
    }

    /** Gives every chosen transaction the category (split ones and transfers are skipped) and says how many changed. */
    public void recategorise(Collection<UUID> ids, Choice category) {
        if (ids.isEmpty() || category == null) {
            error.set(messages.get("register.chooseRowsAndCategory"));
            return;
        }
        error.set("");
        List<UUID> chosen = List.copyOf(ids);
        tasks.run(
                () -> {
                    Ledger ledger = session.ledger();
                    int changed = ledger.transactions().recategorise(chosen, category.id());
                    return new Recategorised(
                            changed,
                            chosen.stream().map(ledger.transactions()::get).toList());
                },
                done -> {
                    window.replace(done.transactions());
                    status.set(messages.format("register.recategorised", done.changed(), category.label()));
                },
                this::failed);
    }

    private record Recategorised(int changed, List<Transaction> transactions) {}

    public void newTransaction() {
        editor.startNew();
    }

    public void edit(RegisterRow row) {
        editor.startEdit(row.transaction());
    }

    private void saved(Transaction transaction) {
        reload();
    }

    private void failed(Exception failure) {
        error.set(errors.describe(failure));
    }

    private void failedAndReshow(Exception failure) {
        failed(failure);
        List<RegisterRow> copy = List.copyOf(window.rows());
        window.rows().setAll(copy);
    }

    /** The category's name, "Split" for a split transaction, "Transfer: account" for a transfer. */
    public String categoryLabel(Transaction transaction) {
        if (transaction.isSplit()) {
            return messages.get("register.split");
        }
        if (transaction.isTransfer()) {
            String other = otherAccounts.stream()
                    .filter(c -> c.id().equals(transaction.transferAccountId()))
                    .map(Choice::label)
                    .findFirst()
                    .orElse("");
            return messages.format("register.transfer", other);
        }
        return transaction.categoryId() == null ? "" : categoryNames.getOrDefault(transaction.categoryId(), "");
    }

    public Choice categoryChoice(Transaction transaction) {
        return transaction.categoryId() == null
                ? null
                : categories.stream()
                        .filter(c -> c.id().equals(transaction.categoryId()))
                        .findFirst()
                        .orElse(null);
    }

    /** Whether the category can be changed in the row (not for split transactions or transfers). */
    public boolean categoryEditable(Transaction transaction) {
        return !transaction.isSplit() && !transaction.isTransfer();
    }

    /** Called with how far the held rows moved: negative when rows left the start, positive when rows came in. */
    public void setOnShift(IntConsumer listener) {
        this.onShift = listener;
    }

    public MoneyFormat format() {
        return format;
    }

    public Account account() {
        return account;
    }

    public String title() {
        return messages.format(
                "register.title", account.name(), account.currency().getCurrencyCode());
    }

    public RegisterWindow window() {
        return window;
    }

    public ObservableList<RegisterRow> rows() {
        return window.rows();
    }

    public RegisterFilters filters() {
        return filters;
    }

    public TransactionEditorViewModel editor() {
        return editor;
    }

    public ObservableList<Choice> categories() {
        return categories;
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
