package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The top command, {@code nest-egg}: holds the global options; on its own it only points to the subcommands. */
@Command(
        name = "nest-egg",
        resourceBundle = Messages.BUNDLE,
        sortOptions = false,
        versionProvider = NestEggCommand.Version.class,
        subcommands = {
            InitCommand.class,
            StatusCommand.class,
            CheckCommand.class,
            DoctorCommand.class,
            AuditCommand.class,
            MfaCommand.class,
            PasswdCommand.class,
            RecoverCommand.class,
            EraseCommand.class,
            TermsCommand.class,
            AccountsCommand.class,
            TxCommand.class,
            CategoriesCommand.class,
            RulesCommand.class,
            GoalsCommand.class,
            RecurringCommand.class,
            ReconcileCommand.class,
            RatesCommand.class,
            BudgetCommand.class,
            ReportCommand.class,
            NetWorthCommand.class,
            SecuritiesCommand.class,
            TradeCommand.class,
            HoldingsCommand.class,
            PricesCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            LinkCommand.class,
            ConnectionsCommand.class,
            JobsCommand.class,
            LogsCommand.class,
            HouseholdCommand.class,
            ForecastCommand.class,
            AlertsCommand.class,
            SyncCommand.class,
            DisconnectCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            DemoCommand.class
        })
final class NestEggCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    GlobalOptions options;

    @Option(names = "--version", versionHelp = true, order = 8)
    boolean version;

    NestEggCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("command.missing"));
    }

    /** {@code --version}: the app's version as the vault environment knows it. */
    static final class Version implements IVersionProvider {

        private final Cli cli;

        Version(Cli cli) {
            this.cli = cli;
        }

        @Override
        public String[] getVersion() {
            return new String[] {
                cli.text("version.text", cli.context().vaultEnvironment().appVersion())
            };
        }
    }
}
