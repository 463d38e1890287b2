package app.nestegg.desktop.household;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.Fingerprint;
import app.nestegg.vault.household.Member;
import app.nestegg.vault.household.MemberCard;
import app.nestegg.vault.household.MemberKeys;
import app.nestegg.vault.household.Members;
import app.nestegg.vault.ledger.Account;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The people half of the Household page: this vault's card (name, fingerprint, card text for the QR code), the members
 * with the invite flow (read a card, compare the fingerprint, add) and removal after a confirmation, and the accounts
 * kept private.
 */
public final class HouseholdViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final HouseholdErrors errors;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty pastedCard = new SimpleStringProperty(this, "pastedCard", "");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper(this, "fingerprint", "");
    private final ReadOnlyStringWrapper card = new ReadOnlyStringWrapper(this, "card", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<CardCandidate> candidate = new ReadOnlyObjectWrapper<>(this, "candidate");
    private final ReadOnlyObjectWrapper<MemberRow> removal = new ReadOnlyObjectWrapper<>(this, "removal");
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<PrivateAccountRow> accounts = FXCollections.observableArrayList();

    public HouseholdViewModel(VaultSession session, TaskExecutor executor, Messages messages) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.errors = new HouseholdErrors(messages);
    }

    private record Loaded(MemberKeys self, String card, List<Member> members, List<Account> accounts, Set<UUID> kept) {}

    public void refresh() {
        tasks.run(
                () -> new Loaded(
                        vaultMembers().self(),
                        vaultMembers().identity().card(),
                        vaultMembers().list(),
                        session.ledger().accounts().list(),
                        session.ledger().privateAccounts().privateAccounts()),
                this::show,
                failure -> error.set(errors.describe(failure)));
    }

    private void show(Loaded loaded) {
        name.set(loaded.self().name());
        fingerprint.set(Fingerprint.of(loaded.self()));
        card.set(loaded.card());
        members.setAll(loaded.members().stream().map(this::row).toList());
        accounts.setAll(loaded.accounts().stream()
                .map(account -> privateRow(account, loaded.kept().contains(account.id())))
                .toList());
    }

    private MemberRow row(Member member) {
        String state = member.active()
                ? messages.get(member.self() ? "household.status.you" : "household.status.active")
                : messages.format("household.status.removed", messages.dateTime(member.removedAt()));
        return new MemberRow(
                member.keys().memberId(),
                member.keys().name(),
                member.fingerprint(),
                state,
                messages.dateTime(member.addedAt()),
                member.self());
    }

    private PrivateAccountRow privateRow(Account account, boolean kept) {
        PrivateAccountRow row = new PrivateAccountRow(account.id(), account.name(), kept);
        row.privateProperty().addListener((observable, old, on) -> setPrivate(row, on));
        return row;
    }

    /** Saves the typed name as this member's name (others see it with the next bundle). */
    public void saveName() {
        act(
                () -> vaultMembers().identity().rename(name.get()),
                self -> messages.format("household.renamed", self.name()));
    }

    /** Writes this vault's card to {@code file}, whole or not at all. */
    public void saveCard(Path file) {
        act(
                () -> {
                    CardFiles.write(file, vaultMembers().identity().card());
                    return file;
                },
                written -> messages.format("household.cardSaved", written));
    }

    /** Reads a card file and asks for the fingerprint comparison ({@link #candidateProperty()}). */
    public void readCard(Path file) {
        readCard(() -> CardFiles.read(file, messages));
    }

    /** Reads the pasted card text and asks for the fingerprint comparison. */
    public void readPastedCard() {
        String text = pastedCard.get();
        readCard(() -> text);
    }

    private void readCard(Callable<String> text) {
        clear();
        tasks.run(
                () -> {
                    MemberKeys keys =
                            MemberCard.read(text.call(), vaultMembers().self().memberId());
                    boolean again = vaultMembers()
                            .member(keys.memberId())
                            .map(member -> !member.active())
                            .orElse(false);
                    return new CardCandidate(keys, Fingerprint.of(keys), again);
                },
                candidate::set,
                failure -> error.set(errors.describe(failure)));
    }

    /** The person said the fingerprints match: adds the member. */
    public void confirmCandidate() {
        CardCandidate read = candidate.get();
        if (read == null) {
            return;
        }
        candidate.set(null);
        pastedCard.set("");
        act(
                () -> vaultMembers().add(read.keys(), read.again()),
                added -> messages.format("household.added", added.keys().name()));
    }

    public void cancelCandidate() {
        candidate.set(null);
    }

    /** Asks to confirm removing {@code row} ({@link #removalProperty()}); one's own row cannot be removed. */
    public void askRemove(MemberRow row) {
        clear();
        if (row != null && !row.self()) {
            removal.set(row);
        }
    }

    public void confirmRemove() {
        MemberRow row = removal.get();
        if (row == null) {
            return;
        }
        removal.set(null);
        act(() -> vaultMembers().remove(row.id()), removed -> messages.format("household.removed", row.name()));
    }

    public void cancelRemove() {
        removal.set(null);
    }

    private void setPrivate(PrivateAccountRow row, boolean kept) {
        clear();
        tasks.run(
                () -> kept
                        ? session.ledger().privateAccounts().markPrivate(row.id())
                        : session.ledger().privateAccounts().share(row.id()),
                changed -> status.set(messages.format(kept ? "household.madePrivate" : "household.shared", row.name())),
                failure -> error.set(errors.describe(failure)));
    }

    private <T> void act(Callable<T> work, Function<T, String> done) {
        clear();
        tasks.run(
                work,
                result -> {
                    status.set(done.apply(result));
                    refresh();
                },
                failure -> error.set(errors.describe(failure)));
    }

    private void clear() {
        status.set("");
        error.set("");
    }

    private Members vaultMembers() {
        return session.ledger().members();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty pastedCardProperty() {
        return pastedCard;
    }

    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CardCandidate> candidateProperty() {
        return candidate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MemberRow> removalProperty() {
        return removal.getReadOnlyProperty();
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObservableList<PrivateAccountRow> accounts() {
        return accounts;
    }
}
