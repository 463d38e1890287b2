package app.nestegg.cli;

import app.nestegg.desktop.AppInfo;
import app.nestegg.desktop.DataLocations;
import app.nestegg.desktop.logs.CrashReports;
import app.nestegg.desktop.logs.RecentLogLines;
import app.nestegg.desktop.logs.SecretRedactor;
import app.nestegg.vault.VaultException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** The nest-egg command line: parses the arguments, runs one command and turns its outcome into an exit code. */
public final class NestEggCli {

    private NestEggCli() {}

    /** Runs one command and returns its exit code (see {@link ExitCodes}). */
    public static int run(String[] args) {
        CliContext context;
        try {
            context = CliContext.standard();
        } catch (RuntimeException e) {
            PrintWriter err = new PrintWriter(System.err, true);
            return FailureHandler.report(
                    Messages.load(),
                    err,
                    e,
                    crashReports(DataLocations.current().logs()));
        }
        return run(args, context);
    }

    /** Runs one command against the given outside world; tests call this in-process. */
    static int run(String[] args, CliContext context) {
        Messages messages = Messages.load();
        Cli cli = new Cli(context, messages);
        PrintWriter out = new PrintWriter(context.out(), true);
        PrintWriter err = new PrintWriter(context.err(), true);
        try {
            CommandLine commandLine = new CommandLine(NestEggCommand.class, new CommandFactory(cli))
                    .setOut(out)
                    .setErr(err)
                    .setUsageHelpLongOptionsMaxWidth(32)
                    .setExecutionExceptionHandler(new FailureHandler(messages, crashReports(context)))
                    .setParameterExceptionHandler(new UsageErrorHandler(messages));
            return commandLine.execute(args);
        } catch (RuntimeException e) {
            return FailureHandler.report(messages, err, e, crashReports(context));
        } finally {
            out.flush();
            err.flush();
            context.out().flush();
            context.err().flush();
        }
    }

    private static CrashReports crashReports(CliContext context) {
        return crashReports(context.vaultEnvironment()
                .logFolder()
                .orElseGet(() -> DataLocations.current().logs()));
    }

    private static CrashReports crashReports(Path logFolder) {
        return new CrashReports(logFolder, Clock.systemUTC(), AppInfo.version(), RecentLogLines::current);
    }

    /**
     * A failed command: one line on standard error and the exit code of its failure family, never a stack trace. A
     * failure the app has no name for is a crash: it also writes a crash report and prints where it is.
     */
    static final class FailureHandler implements IExecutionExceptionHandler {

        private static final Logger LOG = LoggerFactory.getLogger(NestEggCli.class);

        private final Messages messages;
        private final CrashReports crashReports;

        FailureHandler(Messages messages, CrashReports crashReports) {
            this.messages = messages;
            this.crashReports = crashReports;
        }

        @Override
        public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
            return report(messages, commandLine.getErr(), failure, crashReports);
        }

        static int report(Messages messages, PrintWriter err, Exception failure, CrashReports crashReports) {
            int code = ExitCodes.of(failure);
            if (failure instanceof CliFailure || failure instanceof VaultException) {
                err.println(SecretRedactor.redact(oneLine(failure.getMessage())));
            } else {
                LOG.error("The command failed unexpectedly", failure);
                String what = SecretRedactor.redact(oneLine(describe(failure)));
                try {
                    Path report =
                            crashReports.write(failure, Thread.currentThread().getName());
                    err.println(messages.get("error.crashed", what));
                    err.println(messages.get("error.crashReport", report));
                } catch (IOException | RuntimeException notWritten) {
                    LOG.warn("Could not write a crash report in {}", crashReports.folder(), notWritten);
                    err.println(messages.get("error.unexpected", what));
                }
            }
            err.flush();
            return code;
        }

        private static String describe(Throwable failure) {
            String message = failure.getMessage();
            return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
        }

        static String oneLine(String message) {
            return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
        }
    }

    /** Unknown options, missing values and the like: the problem, a hint, and exit code 2. */
    static final class UsageErrorHandler implements IParameterExceptionHandler {

        private final Messages messages;

        UsageErrorHandler(Messages messages) {
            this.messages = messages;
        }

        @Override
        public int handleParseException(ParameterException problem, String[] args) {
            CommandLine commandLine = problem.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println(FailureHandler.oneLine(problem.getMessage()));
            UnmatchedArgumentException.printSuggestions(problem, err);
            err.println(messages.get("hint.help", commandLine.getCommandSpec().qualifiedName()));
            err.flush();
            return ExitCodes.USAGE;
        }
    }
}
