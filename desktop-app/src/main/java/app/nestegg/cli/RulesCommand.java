package app.nestegg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code rules}: payee rules that categorise, rename and tag transactions. */
@Command(
        name = "rules",
        sortOptions = false,
        subcommands = {RulesListCommand.class, RulesAddCommand.class, RulesApplyCommand.class})
final class RulesCommand implements Callable<Integer> {

    private final Cli cli;

    RulesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw CliFailure.usage(cli.text("rules.missingCommand"));
    }
}
