package app.nestegg.cli;

import app.nestegg.vault.security.AuditEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit}: the newest security events first. */
@Command(name = "audit", sortOptions = false)
final class AuditCommand implements Callable<Integer> {

    static final int MAX_LIMIT = 10_000;

    private final Cli cli;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50")
    int limit;

    AuditCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw CliFailure.usage(cli.text("audit.badLimit", MAX_LIMIT));
        }
        List<AuditEvent> events;
        try (OpenVault vault = cli.openVault()) {
            events = vault.session().audit(limit);
        }
        if (cli.options().json) {
            cli.printJson(json(events));
        } else {
            for (AuditEvent event : events) {
                String line =
                        String.format(Locale.ROOT, "%s  %-24s %s", cli.time(event.at()), event.kind(), event.detail());
                cli.out().println(line.stripTrailing());
            }
        }
        return ExitCodes.OK;
    }

    private ObjectNode json(List<AuditEvent> events) {
        ObjectNode root = cli.jsonObject();
        ArrayNode array = root.putArray("events");
        for (AuditEvent event : events) {
            array.addObject()
                    .put("at", event.at().toString())
                    .put("kind", event.kind().name())
                    .put("detail", event.detail());
        }
        return root;
    }
}
