package app.nestegg.desktop.ledger.rules;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.CategoryCatalog;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.text.MoneyFormat;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.Rule;
import app.nestegg.vault.ledger.RuleChange;
import app.nestegg.vault.ledger.RuleDraft;
import app.nestegg.vault.ledger.RuleScope;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rules editor: the rules in order (move up and down), the form of the selected or new rule (save, delete), and
 * the preview of what a rule, or every enabled rule, would change on existing transactions, with an "Apply" that
 * makes exactly the previewed scope's changes. Previewing the form saves it first, so the preview shows the rule as
 * typed; a refused form writes nothing.
 */
public final class RulesViewModel {

    /** At most this many preview lines are listed; the count covers them all. */
    public static final int MAX_SHOWN = 500;

    /** One previewed change, worded for the table. */
    public record PreviewLine(String date, String payee, String category, String tags) {}

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final MoneyFormat format;
    private final LedgerErrors errors;
    private final RuleForm form;
    private final ObservableList<Rule> rules = FXCollections.observableArrayList();
    private final ObservableList<Choice> categories = FXCollections.observableArrayList();
    private final ObservableList<Choice> accounts = FXCollections.observableArrayList();
    private final ObservableList<PreviewLine> preview = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Rule> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper previewCount = new ReadOnlyStringWrapper(this, "previewCount", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply", false);
    private Map<UUID, String> categoryLabels = Map.of();
    private RuleScope previewed;

    public RulesViewModel(VaultSession session, TaskExecutor executor, Messages messages, MoneyFormat format) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.format = format;
        this.errors = new LedgerErrors(messages);
        this.form = new RuleForm(messages, format);
    }

    private record Loaded(List<Rule> rules, List<Choice> categories, Map<UUID, String> labels, List<Choice> accounts) {}

    /** Reads the rules, categories and accounts again; selects the rule with {@code selectId} when given. */
    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().id());
    }

    private void refresh(UUID selectId) {
        tasks.run(
                () -> {
                    Ledger ledger = session.ledger();
                    List<CategoryGroup> groups = ledger.categories().list();
                    List<Choice> open = ledger.accounts().list().stream()
                            .filter(a -> !a.closed())
                            .map(a -> new Choice(a.id(), a.name()))
                            .toList();
                    return new Loaded(
                            ledger.rules().list(),
                            CategoryCatalog.choices(groups),
                            CategoryCatalog.labels(groups),
                            open);
                },
                loaded -> {
                    categories.setAll(loaded.categories());
                    categoryLabels = loaded.labels();
                    accounts.setAll(loaded.accounts());
                    rules.setAll(loaded.rules());
                    select(rules.stream()
                            .filter(r -> r.id().equals(selectId))
                            .findFirst()
                            .orElse(null));
                },
                this::failed);
    }

    /** Loads the rule into the form (null starts a new rule). */
    public void select(Rule rule) {
        selected.set(rule);
        form.load(rule, accounts, categories);
    }

    public void newRule() {
        select(null);
        status.set("");
    }

    /** Adds the form as a new rule or updates the selected one. */
    public void save() {
        saveThen(rule -> status.set(messages.format("rules.saved", rule.name())));
    }

    private void saveThen(java.util.function.Consumer<Rule> after) {
        status.set("");
        RuleDraft draft = form.draft();
        if (draft == null) {
            return;
        }
        Rule editing = selected.get();
        tasks.run(
                () -> editing == null
                        ? session.ledger().rules().add(draft)
                        : session.ledger().rules().update(editing.id(), draft),
                rule -> {
                    replace(rule);
                    after.accept(rule);
                },
                this::failed);
    }

    private void replace(Rule rule) {
        int at = -1;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(rule.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            rules.set(at, rule);
        } else {
            rules.add(rule);
        }
        selected.set(rule);
    }

    public void delete() {
        Rule rule = selected.get();
        if (rule == null) {
            return;
        }
        status.set("");
        tasks.run(
                () -> {
                    session.ledger().rules().delete(rule.id());
                    return rule;
                },
                deleted -> {
                    clearPreview();
                    status.set(messages.format("rules.deleted", deleted.name()));
                    selected.set(null);
                    refresh(null);
                },
                this::failed);
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int delta) {
        Rule rule = selected.get();
        if (rule == null) {
            return;
        }
        int to = rules.indexOf(rule) + delta;
        if (to < 0 || to >= rules.size()) {
            return;
        }
        tasks.run(() -> session.ledger().rules().move(rule.id(), to), moved -> refresh(moved.id()), this::failed);
    }

    /** Saves the form, then previews that one rule over every transaction. */
    public void preview() {
        saveThen(rule -> runPreview(RuleScope.all().onlyRule(rule.id())));
    }

    /** Previews every enabled rule, as stored, over every transaction. */
    public void previewAll() {
        status.set("");
        form.clearErrors();
        runPreview(RuleScope.all());
    }

    private void runPreview(RuleScope scope) {
        clearPreview();
        tasks.run(
                () -> session.ledger().rules().preview(scope),
                changes -> {
                    previewed = scope;
                    preview.setAll(
                            changes.stream().limit(MAX_SHOWN).map(this::line).toList());
                    previewCount.set(
                            changes.size() > MAX_SHOWN
                                    ? messages.format("rules.previewCountShown", changes.size(), MAX_SHOWN)
                                    : messages.format("rules.previewCount", changes.size()));
                    canApply.set(!changes.isEmpty());
                },
                this::failed);
    }

    /** Makes the changes of the scope last previewed, and says how many transactions changed. */
    public void apply() {
        RuleScope scope = previewed;
        if (scope == null) {
            return;
        }
        tasks.run(
                () -> session.ledger().rules().apply(scope),
                changed -> {
                    clearPreview();
                    status.set(messages.format("rules.applied", changed));
                },
                this::failed);
    }

    private void clearPreview() {
        previewed = null;
        preview.clear();
        previewCount.set("");
        canApply.set(false);
    }

    private PreviewLine line(RuleChange change) {
        return new PreviewLine(
                format.date(change.date()),
                change.changesPayee()
                        ? messages.format("rules.change", text(change.payeeBefore()), text(change.payeeAfter()))
                        : text(change.payeeAfter()),
                change.changesCategory()
                        ? messages.format(
                                "rules.change", category(change.categoryBefore()), category(change.categoryAfter()))
                        : category(change.categoryAfter()),
                change.changesTags()
                        ? messages.format(
                                "rules.change",
                                String.join(" ", change.tagsBefore()),
                                String.join(" ", change.tagsAfter()))
                        : String.join(" ", change.tagsAfter()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String category(UUID id) {
        return id == null ? messages.get("rules.noCategory") : categoryLabels.getOrDefault(id, id.toString());
    }

    private void failed(Exception failure) {
        if (failure instanceof LedgerInputException refused) {
            form.show(refused);
        } else {
            form.showError(errors.describe(failure));
        }
    }

    public String matchName(PayeeMatch match) {
        return messages.get("rules.match." + match.name());
    }

    /** How the rule list shows a rule: its place, name and whether it is off. */
    public String describe(Rule rule) {
        return messages.format(rule.enabled() ? "rules.line" : "rules.lineDisabled", rule.position() + 1, rule.name());
    }

    public RuleForm form() {
        return form;
    }

    public ObservableList<Rule> rules() {
        return rules;
    }

    public ObservableList<Choice> categories() {
        return categories;
    }

    public ObservableList<Choice> accounts() {
        return accounts;
    }

    public ObservableList<PreviewLine> previewLines() {
        return preview;
    }

    public ReadOnlyObjectProperty<Rule> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewCountProperty() {
        return previewCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
