package app.nestegg.vault.exchange.export;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standard {@code age} command-line tool, driven with a passphrase. age reads a passphrase only from a terminal
 * ({@code /dev/tty}), never from standard input, so it runs under util-linux {@code script}, which gives it a
 * pseudo-terminal: what is written to {@code script}'s standard input arrives as typing. The passphrase is typed only
 * after age's prompt appears on the terminal, once per prompt.
 */
final class AgeTool {

    private AgeTool() {}

    static boolean available() {
        return onPath("age") && onPath("script");
    }

    /** {@code age --decrypt -o out in}, typing the passphrase at its prompt; returns age's exit code and output. */
    static Result decrypt(Path in, Path out, String passphrase) throws IOException, InterruptedException {
        return run("age --decrypt -o " + quoted(out) + " " + quoted(in), passphrase, 1);
    }

    /** {@code age --passphrase -o out in}: age asks for the passphrase and then to confirm it. */
    static Result encrypt(Path in, Path out, String passphrase) throws IOException, InterruptedException {
        return run("age --passphrase -o " + quoted(out) + " " + quoted(in), passphrase, 2);
    }

    record Result(int exitCode, String terminal) {}

    private static Result run(String command, String passphrase, int prompts) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("script", "--quiet", "--return", "--command", command, "/dev/null")
                .redirectErrorStream(true)
                .start();
        // A stuck prompt must not hang the build: the process is killed after a minute, which ends the reading.
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        });
        StringBuilder terminal = new StringBuilder();
        try (OutputStream typing = process.getOutputStream();
                InputStream screen = process.getInputStream()) {
            int answered = 0;
            int since = 0;
            for (int c; (c = screen.read()) >= 0; ) {
                terminal.append((char) c);
                String unanswered = terminal.substring(since).toLowerCase(java.util.Locale.ROOT);
                // age's prompts: "Enter passphrase: ", "Enter passphrase (leave empty …): ", "Confirm passphrase: "
                if (answered < prompts && unanswered.contains("passphrase") && unanswered.endsWith(": ")) {
                    typing.write((passphrase + "\n").getBytes(StandardCharsets.UTF_8));
                    typing.flush();
                    answered++;
                    since = terminal.length();
                }
            }
        }
        watchdog.join();
        return new Result(process.exitValue(), terminal.toString());
    }

    private static String quoted(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "'\\''") + "'";
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && List.of(path.split(File.pathSeparator)).stream()
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
