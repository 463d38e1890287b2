package app.nestegg.desktop.ledger.accounts;

import app.nestegg.desktop.bank.BankNotes;
import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.networth.NetWorth;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The accounts page: open accounts grouped by type, each with its balance today in its own currency and, when a rate
 * is stored, in the vault's base currency; a total per group; and today's net worth as {@link NetWorth} gives it, which
 * leaves out the accounts the owner excluded. Leaves an account out of net worth or counts it again, adds accounts, and
 * fills an empty vault with a sample household.
 */
public final class AccountsViewModel {

    /**
     * One account line; {@code baseBalance} is null when no exchange rate converts it, {@code countsInNetWorth} false
     * when the owner left the account out of net worth, {@code bankNote} the bank that feeds it and when it last synced
     * (empty for an account no bank feeds).
     */
    public record AccountLine(
            Account account, Money balance, Money baseBalance, boolean countsInNetWorth, String bankNote) {}

    /** The accounts of one type; {@code total} counts only the lines that have a base-currency balance. */
    public record AccountGroup(AccountType type, List<AccountLine> lines, Money total, boolean totalComplete) {}

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final Clock clock;
    private final LedgerErrors errors;
    private final Consumer<Account> openRegister;
    private final ObservableList<AccountGroup> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper netWorth = new ReadOnlyStringWrapper(this, "netWorth", "");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ObjectProperty<AccountType> newType =
            new SimpleObjectProperty<>(this, "newType", AccountType.CHECKING);
    private final StringProperty newCurrency = new SimpleStringProperty(this, "newCurrency", "");
    private final StringProperty newOpening = new SimpleStringProperty(this, "newOpening", "");
    private Currency baseCurrency;

    public AccountsViewModel(
            VaultSession session,
            TaskExecutor executor,
            Messages messages,
            MoneyFormat format,
            Clock clock,
            Consumer<Account> openRegister) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.clock = clock;
        this.errors = new LedgerErrors(messages);
        this.openRegister = openRegister;
    }

    private record Loaded(List<AccountGroup> groups, Money netWorth, boolean complete, Currency base) {}

    /** Reads the accounts and their balances again. */
    public void refresh() {
        tasks.run(this::load, this::show, this::failed);
    }

    private Loaded load() {
        Ledger ledger = session.ledger();
        LocalDate today = LocalDate.now(clock);
        Currency base = ledger.rates().baseCurrency();
        List<AccountGroup> groups =
                group(lines(ledger, today, BankNotes.byAccount(ledger.bankConnections(), messages)), base);
        // NetWorth's own figure, so that the page and the command line agree: it also counts holdings at today's
        // prices and the hidden and closed accounts the page does not list. It refuses a day on which an account has
        // no rate; the page then sums what it can and says so.
        try {
            Money worth = ledger.netWorth().history(today, today).getFirst().netWorth();
            return new Loaded(groups, worth, true, base);
        } catch (LedgerInputException noRate) {
            return new Loaded(groups, countedWithRate(groups, base), false, base);
        }
    }

    private static Map<AccountType, List<AccountLine>> lines(
            Ledger ledger, LocalDate today, Map<UUID, String> bankNotes) {
        Map<UUID, Money> balances = ledger.balances().balances(today);
        Set<UUID> excluded = ledger.netWorth().excluded();
        Map<AccountType, List<AccountLine>> byType = new EnumMap<>(AccountType.class);
        for (Account account : ledger.accounts().list()) {
            if (account.closed() || account.hidden()) {
                continue;
            }
            Money balance = balances.getOrDefault(account.id(), Money.zero(account.currency()));
            AccountLine line = new AccountLine(
                    account,
                    balance,
                    inBase(ledger, balance, today),
                    !excluded.contains(account.id()),
                    bankNotes.getOrDefault(account.id(), ""));
            byType.computeIfAbsent(account.type(), type -> new ArrayList<>()).add(line);
        }
        return byType;
    }

    private static List<AccountGroup> group(Map<AccountType, List<AccountLine>> byType, Currency base) {
        List<AccountGroup> result = new ArrayList<>();
        for (Map.Entry<AccountType, List<AccountLine>> entry : byType.entrySet()) {
            Money total = Money.zero(base);
            boolean complete = true;
            for (AccountLine line : entry.getValue()) {
                if (line.baseBalance() == null) {
                    complete = false;
                } else {
                    total = total.plus(line.baseBalance());
                }
            }
            result.add(new AccountGroup(entry.getKey(), List.copyOf(entry.getValue()), total, complete));
        }
        return result;
    }

    /** What is left of net worth when an account has no rate: the counted lines that have one. */
    private static Money countedWithRate(List<AccountGroup> groups, Currency base) {
        Money worth = Money.zero(base);
        for (AccountGroup group : groups) {
            for (AccountLine line : group.lines()) {
                if (line.countsInNetWorth() && line.baseBalance() != null) {
                    worth = worth.plus(line.baseBalance());
                }
            }
        }
        return worth;
    }

    private static Money inBase(Ledger ledger, Money balance, LocalDate today) {
        try {
            return ledger.balances().inBaseCurrency(balance, today);
        } catch (LedgerInputException noRate) {
            return null;
        }
    }

    private void show(Loaded loaded) {
        baseCurrency = loaded.base();
        groups.setAll(loaded.groups());
        empty.set(loaded.groups().isEmpty());
        netWorth.set(messages.format(
                loaded.complete() ? "accounts.netWorth" : "accounts.netWorthPartial",
                format.format(loaded.netWorth())));
        if (newCurrency.get().isBlank()) {
            newCurrency.set(loaded.base().getCurrencyCode());
        }
    }

    /** Opens an account from the form's fields; a refusal is shown in {@link #errorProperty()}. */
    public void addAccount() {
        error.set("");
        Currency currency;
        try {
            currency = Currency.getInstance(newCurrency.get().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error.set(messages.format("accounts.badCurrency", newCurrency.get()));
            return;
        }
        BigDecimal opening = BigDecimal.ZERO;
        if (!newOpening.get().isBlank()) {
            var parsed = format.parseAmount(newOpening.get());
            if (parsed.isEmpty()) {
                error.set(messages.format("ledger.badAmount", newOpening.get()));
                return;
            }
            opening = parsed.get();
        }
        AccountDraft draft =
                AccountDraft.of(newName.get(), newType.get(), currency, opening).withOpeningDate(LocalDate.now(clock));
        tasks.run(
                () -> session.ledger().accounts().add(draft),
                account -> {
                    newName.set("");
                    newOpening.set("");
                    refresh();
                },
                this::failed);
    }

    /** Fills an empty vault with a generated household, for trying the app. */
    public void trySampleData() {
        error.set("");
        tasks.run(
                () -> {
                    SampleData.generate(session.ledger(), LocalDate.now(clock));
                    return null;
                },
                done -> refresh(),
                this::failed);
    }

    /** Counts the account in net worth again, or leaves it out; then reads the page again. */
    public void countInNetWorth(Account account, boolean counts) {
        error.set("");
        tasks.run(
                () -> {
                    session.ledger().netWorth().exclude(account.id(), !counts);
                    return load();
                },
                this::show,
                failure -> {
                    failed(failure);
                    // Reading again puts the line's toggle back to what the vault holds.
                    refresh();
                });
    }

    public void open(Account account) {
        openRegister.accept(account);
    }

    private void failed(Exception failure) {
        error.set(errors.describe(failure));
    }

    public String format(Money money) {
        return format.format(money);
    }

    public String typeName(AccountType type) {
        return messages.get("accountType." + type.name());
    }

    public Currency baseCurrency() {
        return baseCurrency;
    }

    public ObservableList<AccountGroup> groups() {
        return groups;
    }

    public ReadOnlyStringProperty netWorthProperty() {
        return netWorth.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<AccountType> newTypeProperty() {
        return newType;
    }

    public StringProperty newCurrencyProperty() {
        return newCurrency;
    }

    public StringProperty newOpeningProperty() {
        return newOpening;
    }
}
