package app.nestegg.desktop.ledger.categories;

import app.nestegg.desktop.concurrent.TaskExecutor;
import app.nestegg.desktop.concurrent.TrackedTasks;
import app.nestegg.desktop.ledger.CategoryCatalog;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerErrors;
import app.nestegg.desktop.text.Messages;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Categories;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.CategoryKind;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The categories editor: the groups with their categories (hidden ones included), a form to add a group (name and
 * kind) and one to add a category to a group, and for the selected category rename, hide or show, and delete with a
 * replacement for its transactions (none leaves them uncategorised). A refusal is shown in {@link #errorProperty()}
 * and nothing is written.
 */
public final class CategoriesViewModel {

    private final VaultSession session;
    private final TrackedTasks tasks;
    private final Messages messages;
    private final LedgerErrors errors;
    private final ObservableList<CategoryGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<Choice> groupChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> replacements = FXCollections.observableArrayList();
    private final StringProperty newGroupName = new SimpleStringProperty(this, "newGroupName", "");
    private final ObjectProperty<CategoryKind> newGroupKind =
            new SimpleObjectProperty<>(this, "newGroupKind", CategoryKind.EXPENSE);
    private final ObjectProperty<Choice> newCategoryGroup = new SimpleObjectProperty<>(this, "newCategoryGroup");
    private final StringProperty newCategoryName = new SimpleStringProperty(this, "newCategoryName", "");
    private final ReadOnlyObjectWrapper<Category> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty renameTo = new SimpleStringProperty(this, "renameTo", "");
    private final ObjectProperty<Choice> replacement = new SimpleObjectProperty<>(this, "replacement");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public CategoriesViewModel(VaultSession session, TaskExecutor executor, Messages messages) {
        this.session = session;
        this.tasks = new TrackedTasks(executor);
        this.messages = messages;
        this.errors = new LedgerErrors(messages);
    }

    /** Reads the groups and categories again, keeping the selection when the category still exists. */
    public void refresh() {
        tasks.run(() -> categories().list(), this::show, this::failed);
    }

    private void show(List<CategoryGroup> loaded) {
        groups.setAll(loaded);
        groupChoices.setAll(
                loaded.stream().map(g -> new Choice(g.id(), g.name())).toList());
        Choice wantedGroup = newCategoryGroup.get();
        newCategoryGroup.set(groupChoices.stream()
                .filter(g -> wantedGroup != null && g.id().equals(wantedGroup.id()))
                .findFirst()
                .orElse(groupChoices.isEmpty() ? null : groupChoices.getFirst()));
        Category was = selected.get();
        select(was == null ? null : find(was.id()));
    }

    private Category find(UUID id) {
        return groups.stream()
                .flatMap(g -> g.categories().stream())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    /** Chooses the category the rename, hide and delete actions work on (null for none). */
    public void select(Category category) {
        selected.set(category);
        renameTo.set(category == null ? "" : category.name());
        replacement.set(null);
        replacements.setAll(CategoryCatalog.choices(groups).stream()
                .filter(c -> category == null || !c.id().equals(category.id()))
                .toList());
    }

    /** Makes the group the one new categories go into. */
    public void selectGroup(CategoryGroup group) {
        groupChoices.stream().filter(g -> g.id().equals(group.id())).findFirst().ifPresent(newCategoryGroup::set);
    }

    public void addGroup() {
        String name = newGroupName.get();
        CategoryKind kind = newGroupKind.get();
        write(c -> c.addGroup(name, kind), group -> {
            newGroupName.set("");
            newCategoryGroup.set(new Choice(group.id(), group.name()));
            return messages.format("categories.groupAdded", group.name());
        });
    }

    public void addCategory() {
        Choice group = newCategoryGroup.get();
        if (group == null) {
            error.set(messages.get("categories.chooseGroup"));
            return;
        }
        String name = newCategoryName.get();
        write(c -> c.add(group.id(), name), category -> {
            newCategoryName.set("");
            return messages.format("categories.added", category.name());
        });
    }

    public void rename() {
        Category category = selected.get();
        if (category == null) {
            error.set(messages.get("categories.chooseCategory"));
            return;
        }
        String name = renameTo.get();
        write(c -> c.rename(category.id(), name), renamed -> messages.format("categories.renamed", renamed.name()));
    }

    /** Hides the selected category from pickers, or shows it again. */
    public void toggleHidden() {
        Category category = selected.get();
        if (category == null) {
            error.set(messages.get("categories.chooseCategory"));
            return;
        }
        boolean hide = !category.hidden();
        write(
                c -> c.setHidden(category.id(), hide),
                changed -> messages.format(hide ? "categories.hidden" : "categories.shown", changed.name()));
    }

    /** Deletes the selected category, moving its transactions, splits and rules to the replacement (or to none). */
    public void delete() {
        Category category = selected.get();
        if (category == null) {
            error.set(messages.get("categories.chooseCategory"));
            return;
        }
        Choice to = replacement.get();
        write(
                c -> {
                    c.delete(category.id(), to == null ? null : to.id());
                    return category;
                },
                deleted -> {
                    selected.set(null);
                    return to == null
                            ? messages.format("categories.deletedUncategorised", deleted.name())
                            : messages.format("categories.deleted", deleted.name(), to.label());
                });
    }

    private <T> void write(Function<Categories, T> change, Function<T, String> done) {
        error.set("");
        status.set("");
        tasks.run(
                () -> change.apply(categories()),
                result -> {
                    status.set(done.apply(result));
                    refresh();
                },
                this::failed);
    }

    private Categories categories() {
        return session.ledger().categories();
    }

    private void failed(Exception failure) {
        error.set(errors.describe(failure));
    }

    public String kindName(CategoryKind kind) {
        return messages.get("categories.kind." + kind.name());
    }

    public ObservableList<CategoryGroup> groups() {
        return groups;
    }

    public ObservableList<Choice> groupChoices() {
        return groupChoices;
    }

    /** The categories the selected one's transactions can move to (every shown category but itself). */
    public ObservableList<Choice> replacements() {
        return replacements;
    }

    public StringProperty newGroupNameProperty() {
        return newGroupName;
    }

    public ObjectProperty<CategoryKind> newGroupKindProperty() {
        return newGroupKind;
    }

    public ObjectProperty<Choice> newCategoryGroupProperty() {
        return newCategoryGroup;
    }

    public StringProperty newCategoryNameProperty() {
        return newCategoryName;
    }

    public ReadOnlyObjectProperty<Category> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty renameToProperty() {
        return renameTo;
    }

    public ObjectProperty<Choice> replacementProperty() {
        return replacement;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
