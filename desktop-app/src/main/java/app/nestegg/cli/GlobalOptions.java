package app.nestegg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command accepts, before or after its name: picocli copies inherited options to each subcommand,
 * and all copies write into this one instance. Descriptions come from the resource bundle (the key is the long name).
 */
final class GlobalOptions {

    @Option(names = "--vault", paramLabel = "DIR", scope = ScopeType.INHERIT, order = 1)
    Path vault;

    @Option(names = "--passphrase-file", paramLabel = "FILE", scope = ScopeType.INHERIT, order = 2)
    Path passphraseFile;

    @Option(names = "--totp", paramLabel = "CODE", scope = ScopeType.INHERIT, order = 3)
    String totp;

    @Option(names = "--backup-code", paramLabel = "CODE", scope = ScopeType.INHERIT, order = 4)
    String backupCode;

    @Option(names = "--backup-code-file", paramLabel = "FILE", scope = ScopeType.INHERIT, order = 5)
    Path backupCodeFile;

    @Option(names = "--json", scope = ScopeType.INHERIT, order = 6)
    boolean json;

    @Option(names = "--accept-terms", scope = ScopeType.INHERIT, order = 7)
    boolean acceptTerms;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            scope = ScopeType.INHERIT,
            order = 8)
    boolean help;
}
