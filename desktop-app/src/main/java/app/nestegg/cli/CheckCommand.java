package app.nestegg.cli;

import app.nestegg.vault.CheckItem;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code check}: the security checkup. Exits 1 when an item is a problem, so scripts can alert on it. */
@Command(name = "check", sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    private final Cli cli;

    CheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<CheckItem> items;
        try (OpenVault vault = cli.openVault()) {
            items = vault.session().checkup();
        }
        if (cli.options().json) {
            cli.printJson(json(items));
        } else {
            for (CheckItem item : items) {
                cli.out().printf(Locale.ROOT, "%-10s %s: %s%n", "[" + item.level() + "]", item.name(), item.detail());
            }
        }
        boolean problem = items.stream().anyMatch(item -> item.level() == CheckItem.Level.PROBLEM);
        return problem ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private ObjectNode json(List<CheckItem> items) {
        ObjectNode root = cli.jsonObject();
        ArrayNode array = root.putArray("items");
        for (CheckItem item : items) {
            array.addObject()
                    .put("name", item.name())
                    .put("level", item.level().name())
                    .put("detail", item.detail());
        }
        return root;
    }
}
