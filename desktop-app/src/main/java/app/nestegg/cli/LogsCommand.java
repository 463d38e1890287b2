package app.nestegg.cli;

import app.nestegg.desktop.DataLocations;
import app.nestegg.desktop.logs.CrashReports;
import app.nestegg.desktop.logs.LogSettings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code logs}: where the log files and crash reports are, and the level and format the app logs in. Needs no vault:
 * the settings live in the log folder, because logging starts before the unlock (ADR 0034).
 */
@Command(
        name = "logs",
        sortOptions = false,
        subcommands = {LogsLevelCommand.class, LogsFormatCommand.class})
final class LogsCommand implements Callable<Integer> {

    private final Cli cli;

    LogsCommand(Cli cli) {
        this.cli = cli;
    }

    /** The log folder of this run: the vault environment's, else the platform's. */
    static Path folder(Cli cli) {
        return cli.context()
                .vaultEnvironment()
                .logFolder()
                .orElseGet(() -> DataLocations.current().logs())
                .toAbsolutePath()
                .normalize();
    }

    @Override
    public Integer call() {
        Path folder = folder(cli);
        LogSettings settings = LogSettings.read(folder);
        Path reports = folder.resolve(CrashReports.FOLDER_NAME);
        if (cli.options().json) {
            ObjectNode node = cli.jsonObject();
            node.put("folder", folder.toString());
            node.put("crash_reports", reports.toString());
            node.put("level", lower(settings.level()));
            node.put("format", lower(settings.format()));
            cli.printJson(node);
        } else {
            cli.printField("logs.folder", folder.toString());
            cli.printField("logs.crashReports", reports.toString());
            cli.printField("logs.level", lower(settings.level()));
            cli.printField("logs.format", lower(settings.format()));
        }
        return ExitCodes.OK;
    }

    /** {@code logs path}: the log folder alone, for scripts ({@code cd "$(nest-egg logs path)"}). */
    @Command(name = "path")
    int path() {
        cli.out().println(folder(cli));
        return ExitCodes.OK;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
