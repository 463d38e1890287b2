package app.nestegg.cli;

import app.nestegg.desktop.AppInfo;
import app.nestegg.desktop.DataLocations;
import app.nestegg.resources.Legal;
import app.nestegg.vault.VaultEnvironment;
import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line takes from the outside world, so tests can run it in-process: the vault's environment (clock,
 * pacer, KDF), the environment variables, the default vault folder, the standard streams, the terminal to prompt on
 * (empty when there is none), the time zone for showing times, the browser that opens a bank's linking page, and the
 * certificate authorities the bank clients trust besides the system's (a local test server's; none in normal use).
 */
record CliContext(
        VaultEnvironment vaultEnvironment,
        Map<String, String> environment,
        Path defaultVaultFolder,
        InputStream in,
        PrintStream out,
        PrintStream err,
        Optional<Terminal> terminal,
        ZoneId zone,
        Browser browser,
        List<X509Certificate> bankAuthorities) {

    CliContext {
        Objects.requireNonNull(vaultEnvironment, "vaultEnvironment");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(defaultVaultFolder, "defaultVaultFolder");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(browser, "browser");
        bankAuthorities = List.copyOf(bankAuthorities);
    }

    /** The real world: system clock and streams, the platform's folders, and the terminal if there is one. */
    static CliContext standard() {
        DataLocations locations = DataLocations.current();
        return new CliContext(
                VaultEnvironment.standard(Legal.version(), AppInfo.version(), locations.logs()),
                System.getenv(),
                locations.vault(),
                System.in,
                System.out,
                System.err,
                systemTerminal(),
                ZoneId.systemDefault(),
                Browser.system(),
                List.of());
    }

    /** The environment variable's value, or empty when it is unset or blank. */
    Optional<String> variable(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Since Java 22 {@link System#console()} returns a console even when the streams are redirected, so only an
     * interactive terminal counts: without one, commands must not wait for input that never comes.
     */
    private static Optional<Terminal> systemTerminal() {
        Console console = System.console();
        if (console == null || !console.isTerminal()) {
            return Optional.empty();
        }
        return Optional.of(prompt -> console.readPassword("%s", prompt));
    }
}
