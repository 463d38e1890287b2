package app.nestegg.cli;

import app.nestegg.desktop.logs.LogSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code logs level [LEVEL]}: shows the log level, or saves a new one for the next start of the app or a command. */
@Command(name = "level", sortOptions = false)
final class LogsLevelCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LEVEL", descriptionKey = "arg.logs.level")
    String level;

    LogsLevelCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path folder = LogsCommand.folder(cli);
        LogSettings settings = LogSettings.read(folder);
        if (level == null) {
            cli.out().println(LogsCommand.lower(settings.level()));
            return ExitCodes.OK;
        }
        LogSettings changed = settings.withLevel(LogSettings.Level.parse(level));
        changed.write(folder);
        cli.out().println(cli.text("logs.levelSaved", LogsCommand.lower(changed.level())));
        return ExitCodes.OK;
    }
}
