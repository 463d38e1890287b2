package app.nestegg.cli;

import app.nestegg.desktop.logs.LogSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code logs format [text|json]}: shows the log file's format, or saves a new one for the next start. */
@Command(name = "format", sortOptions = false)
final class LogsFormatCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FORMAT", descriptionKey = "arg.logs.format")
    String format;

    LogsFormatCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path folder = LogsCommand.folder(cli);
        LogSettings settings = LogSettings.read(folder);
        if (format == null) {
            cli.out().println(LogsCommand.lower(settings.format()));
            return ExitCodes.OK;
        }
        LogSettings changed = settings.withFormat(LogSettings.Format.parse(format));
        changed.write(folder);
        cli.out().println(cli.text("logs.formatSaved", LogsCommand.lower(changed.format())));
        return ExitCodes.OK;
    }
}
