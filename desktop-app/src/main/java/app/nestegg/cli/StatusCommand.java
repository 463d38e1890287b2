package app.nestegg.cli;

import app.nestegg.vault.VaultStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code status}: what can be said without the passphrase. Exits 0 whether or not a vault exists. */
@Command(name = "status", sortOptions = false)
final class StatusCommand implements Callable<Integer> {

    private final Cli cli;

    StatusCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        VaultStatus status = cli.vaults().status(cli.vaultFolder());
        if (cli.options().json) {
            cli.printJson(json(status));
        } else {
            printText(status);
        }
        return ExitCodes.OK;
    }

    private ObjectNode json(VaultStatus status) {
        ObjectNode node = cli.jsonObject();
        node.put("folder", status.folder().toString());
        node.put("exists", status.exists());
        node.put("mfaEnabled", status.mfaEnabled());
        node.put("failedAttempts", status.failedAttempts());
        node.put("lastFailureAt", iso(status.lastFailureAt()));
        node.put("lockedUntil", iso(status.lockedUntil()));
        return node;
    }

    private static String iso(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }

    private void printText(VaultStatus status) {
        cli.printField("status.folder", status.folder().toString());
        if (!status.exists()) {
            cli.printField("status.exists", cli.text("word.no"));
            cli.out().println(cli.text("status.noVault"));
            return;
        }
        cli.printField("status.exists", cli.text("word.yes"));
        cli.printField("status.mfa", cli.text(status.mfaEnabled() ? "word.on" : "word.off"));
        cli.printField(
                "status.failures",
                status.lastFailureAt()
                        .map(at -> cli.text("status.failuresSince", status.failedAttempts(), cli.time(at)))
                        .orElse(Integer.toString(status.failedAttempts())));
        cli.printField(
                "status.locked",
                status.lockedUntil()
                        .map(until -> cli.text("status.lockedUntil", cli.time(until)))
                        .orElse(cli.text("word.no")));
    }
}
