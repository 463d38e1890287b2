package app.nestegg.cli;

import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.CategoryGroup;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code categories}: the category groups in order, each with its categories, hidden ones marked. */
@Command(name = "categories", sortOptions = false)
final class CategoriesCommand implements Callable<Integer> {

    private final Cli cli;

    CategoriesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<CategoryGroup> groups;
        try (OpenVault vault = cli.openVault()) {
            groups = vault.session().ledger().categories().list();
        }
        if (cli.options().json) {
            cli.printJson(json(groups));
        } else if (groups.isEmpty()) {
            cli.out().println(cli.text("categories.none"));
        } else {
            for (CategoryGroup group : groups) {
                cli.out()
                        .println(group.name() + " ("
                                + cli.text("categoryKind." + group.kind().name()) + ")");
                for (Category category : group.categories()) {
                    String hidden = category.hidden() ? "  (" + cli.text("categories.hidden") + ")" : "";
                    cli.out().println("  " + category.name() + hidden);
                }
            }
        }
        return ExitCodes.OK;
    }

    private ArrayNode json(List<CategoryGroup> groups) {
        ArrayNode array = cli.jsonArray();
        for (CategoryGroup group : groups) {
            ObjectNode node = array.addObject()
                    .put("id", group.id().toString())
                    .put("name", group.name())
                    .put("kind", group.kind().name().toLowerCase(Locale.ROOT));
            ArrayNode categories = node.putArray("categories");
            for (Category category : group.categories()) {
                categories
                        .addObject()
                        .put("id", category.id().toString())
                        .put("name", category.name())
                        .put("hidden", category.hidden());
            }
        }
        return array;
    }
}
