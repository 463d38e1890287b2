package app.nestegg.cli;

import app.nestegg.resources.Legal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code terms}: the terms of use and the privacy notice that {@code --accept-terms} accepts. */
@Command(name = "terms", sortOptions = false)
final class TermsCommand implements Callable<Integer> {

    private final Cli cli;

    TermsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        cli.out().println(Legal.terms().strip());
        cli.out().println();
        cli.out().println(Legal.privacy().strip());
        cli.out().println();
        cli.out()
                .println(cli.text(
                        "terms.howToAccept", cli.context().vaultEnvironment().termsVersion()));
        return ExitCodes.OK;
    }
}
