package app.nestegg.desktop.ledger.categories;

import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.text.Messages;
import app.nestegg.desktop.widgets.Forms;
import app.nestegg.desktop.widgets.Views;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.CategoryKind;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The categories editor: the groups and their categories in a tree ({@code #categoryTree}); forms to add a group
 * ({@code #newGroupName}, {@code #newGroupKind}, {@code #addGroupButton}) and a category ({@code #newCategoryGroup},
 * {@code #newCategoryName}, {@code #addCategoryButton}); and for the selected category {@code #renameCategory},
 * {@code #hideCategoryButton}, {@code #replacementCategory} and {@code #deleteCategoryButton}. Refusals show in
 * {@code #categoriesError} beside the forms. Enter in a name field submits its form.
 */
public final class CategoriesView extends HBox {

    private final CategoriesViewModel categories;
    private final Messages messages;
    private final TreeView<Object> tree = new TreeView<>();

    public CategoriesView(CategoriesViewModel categories, Messages messages) {
        super(16);
        this.categories = categories;
        this.messages = messages;
        setId("page-categories");
        getStyleClass().add("page");
        tree.setId("categoryTree");
        tree.setShowRoot(false);
        tree.setPrefWidth(360);
        tree.setCellFactory(view -> new CategoryCell());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            Object value = item == null ? null : item.getValue();
            if (value instanceof Category category) {
                categories.select(category);
            } else if (value instanceof CategoryGroup group) {
                categories.selectGroup(group);
                categories.select(null);
            }
        });
        categories.groups().addListener((ListChangeListener<CategoryGroup>) change -> rebuild());
        rebuild();
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox left = new VBox(12, Views.title(messages.get("page.categories")), tree);
        VBox forms = new VBox(
                16,
                Views.message("categoriesError", categories.errorProperty(), Styles.DANGER),
                Views.message("categoriesStatus", categories.statusProperty(), Styles.SUCCESS),
                groupForm(),
                categoryForm(),
                selectedForm());
        forms.setPrefWidth(420);
        HBox.setHgrow(left, Priority.ALWAYS);
        getChildren().setAll(left, forms);
    }

    private void rebuild() {
        Object selected = tree.getSelectionModel().getSelectedItem() == null
                ? null
                : tree.getSelectionModel().getSelectedItem().getValue();
        TreeItem<Object> root = new TreeItem<>();
        TreeItem<Object> reselect = null;
        for (CategoryGroup group : categories.groups()) {
            TreeItem<Object> groupItem = new TreeItem<>(group);
            groupItem.setExpanded(true);
            for (Category category : group.categories()) {
                TreeItem<Object> item = new TreeItem<>(category);
                groupItem.getChildren().add(item);
                if (selected instanceof Category was && was.id().equals(category.id())) {
                    reselect = item;
                }
            }
            root.getChildren().add(groupItem);
        }
        tree.setRoot(root);
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        }
    }

    private VBox groupForm() {
        TextField name = Forms.growingField(
                "newGroupName", categories.newGroupNameProperty(), messages.get("categories.groupName"));
        name.setOnAction(event -> categories.addGroup());
        ComboBox<CategoryKind> kind = Forms.choice(
                "newGroupKind", CategoryKind.values(), categories.newGroupKindProperty(), categories::kindName);
        Button add = Views.button("addGroupButton", messages.get("categories.addGroup"), categories::addGroup);
        add.disableProperty().bind(categories.busyProperty());
        return section("categories.newGroup", Forms.row(name, kind, add));
    }

    private VBox categoryForm() {
        ComboBox<Choice> group =
                Forms.choice("newCategoryGroup", categories.groupChoices(), categories.newCategoryGroupProperty());
        TextField name = Forms.growingField(
                "newCategoryName", categories.newCategoryNameProperty(), messages.get("categories.categoryName"));
        name.setOnAction(event -> categories.addCategory());
        Button add = Views.button("addCategoryButton", messages.get("categories.add"), categories::addCategory);
        add.disableProperty().bind(categories.busyProperty());
        return section("categories.newCategory", Forms.row(group, name, add));
    }

    private VBox selectedForm() {
        Label chosen = Views.label("", Styles.TEXT_BOLD);
        chosen.textProperty()
                .bind(categories.selectedProperty().map(c -> c.name()).orElse(messages.get("categories.noneSelected")));
        TextField rename =
                Forms.growingField("renameCategory", categories.renameToProperty(), messages.get("categories.newName"));
        rename.setOnAction(event -> categories.rename());
        Button renameButton =
                Views.button("renameCategoryButton", messages.get("categories.rename"), categories::rename);
        Button hide = Views.button("hideCategoryButton", "", categories::toggleHidden);
        hide.textProperty()
                .bind(categories
                        .selectedProperty()
                        .map(c -> messages.get(c.hidden() ? "categories.show" : "categories.hide"))
                        .orElse(messages.get("categories.hide")));
        ComboBox<Choice> replacement =
                Forms.choice("replacementCategory", categories.replacements(), categories.replacementProperty());
        replacement.setPromptText(messages.get("categories.uncategorised"));
        Button clear = Views.button(
                "clearReplacement",
                messages.get("categories.uncategorised"),
                () -> categories.replacementProperty().set(null),
                Styles.FLAT);
        Button delete = Views.button(
                "deleteCategoryButton", messages.get("categories.delete"), categories::delete, Styles.DANGER);
        VBox box = section(
                "categories.selected",
                chosen,
                Forms.row(rename, renameButton),
                hide,
                Views.label(messages.get("categories.moveTo")),
                Forms.row(replacement, clear),
                delete);
        box.disableProperty().bind(categories.selectedProperty().isNull().or(categories.busyProperty()));
        return box;
    }

    private VBox section(String titleKey, javafx.scene.Node... nodes) {
        VBox box = new VBox(8, Views.label(messages.get(titleKey), Styles.TITLE_4));
        box.getChildren().addAll(nodes);
        return box;
    }

    private final class CategoryCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.TEXT_BOLD);
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof CategoryGroup group) {
                setText(messages.format("categories.groupLine", group.name(), categories.kindName(group.kind())));
                getStyleClass().add(Styles.TEXT_BOLD);
            } else if (item instanceof Category category) {
                setText(
                        category.hidden()
                                ? messages.format("categories.hiddenLine", category.name())
                                : category.name());
                if (category.hidden()) {
                    getStyleClass().add(Styles.TEXT_MUTED);
                }
            }
        }
    }
}
