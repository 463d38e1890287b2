package app.nestegg.desktop.ledger;

import static app.nestegg.vault.store.generated.Tables.CATEGORY;
import static app.nestegg.vault.store.generated.Tables.CATEGORY_GROUP;

import app.nestegg.vault.ledger.Ledger;
import java.util.List;

/** The categories a picker offers, as "Group: Category", groups and categories in their order; hidden ones left out. */
public final class CategoryCatalog {

    private CategoryCatalog() {}

    /** Blocks on the database: call it inside background work. */
    public static List<Choice> choices(Ledger ledger) {
        return ledger.changeLog()
                .read(dsl -> dsl.select(CATEGORY.ID, CATEGORY_GROUP.NAME, CATEGORY.NAME)
                        .from(CATEGORY)
                        .join(CATEGORY_GROUP)
                        .on(CATEGORY_GROUP.ID.eq(CATEGORY.GROUP_ID))
                        .where(CATEGORY.HIDDEN.isFalse())
                        .orderBy(CATEGORY_GROUP.POSITION, CATEGORY.POSITION)
                        .fetch(r -> new Choice(r.value1(), r.value2() + ": " + r.value3())));
    }
}
