package app.nestegg.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;

/**
 * Shows the page that links a bank: its address, whether the browser opened it, and how long the command waits. On
 * standard error with {@code --json}, so standard output holds only the JSON.
 */
final class LinkPage {

    private LinkPage() {}

    static void show(Cli cli, URI page, Duration timeout) {
        PrintStream stream = cli.options().json ? cli.err() : cli.out();
        stream.println(cli.text("link.openPage", page));
        if (cli.context().browser().open(page)) {
            stream.println(cli.text("link.opened"));
        }
        stream.println(cli.text("link.waiting", timeout.toMinutes()));
    }
}
