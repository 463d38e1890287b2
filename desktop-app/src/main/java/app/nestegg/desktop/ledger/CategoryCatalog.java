package app.nestegg.desktop.ledger;

import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import app.nestegg.vault.ledger.Ledger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The categories as pickers show them, "Group: Category", from {@code ledger.categories().list()}: groups and
 * categories in their order, hidden ones left out of {@link #choices} but kept in {@link #labels} so old
 * transactions still name theirs.
 */
public final class CategoryCatalog {

    private CategoryCatalog() {}

    /** Blocks on the database: call it inside background work. */
    public static List<Choice> choices(Ledger ledger) {
        return choices(ledger.categories().list());
    }

    public static List<Choice> choices(List<CategoryGroup> groups) {
        return groups.stream()
                .flatMap(group -> group.categories().stream()
                        .filter(category -> !category.hidden())
                        .map(category -> choice(group, category)))
                .toList();
    }

    /** Every category's label by id, hidden ones included. */
    public static Map<UUID, String> labels(List<CategoryGroup> groups) {
        Map<UUID, String> labels = new HashMap<>();
        for (CategoryGroup group : groups) {
            for (Category category : group.categories()) {
                labels.put(category.id(), label(group, category));
            }
        }
        return labels;
    }

    public static Choice choice(CategoryGroup group, Category category) {
        return new Choice(category.id(), label(group, category));
    }

    private static String label(CategoryGroup group, Category category) {
        return group.name() + ": " + category.name();
    }
}
