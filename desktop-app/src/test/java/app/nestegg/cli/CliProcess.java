package app.nestegg.cli;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.desktop.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line as a separate Java process on the test's class path, the way the installed launcher runs it: the
 * runner's vault and passphrase (in a file), its environment variables (the bank settings), its log folder, and the
 * real clock. Output goes to files in the runner's folder, so a killed process leaves what it wrote.
 */
final class CliProcess {

    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code nest-egg --vault … --passphrase-file … args} and returns at once. */
    static CliProcess start(CliRunner cli, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dnestegg.logs=" + cli.logs,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--vault",
                cli.vault.toString(),
                "--passphrase-file",
                cli.file(CliRunner.PASSPHRASE)));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(cli.root, "process", ".out");
        Path err = Files.createTempFile(cli.root, "process", ".err");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(cli.environment);
        Process process = builder.start();
        // no terminal and no input: a command that wanted to ask would fail instead of waiting
        process.getOutputStream().close();
        return new CliProcess(process, out, err);
    }

    /** Waits for the process to end by itself and returns its exit code and output. */
    Result finish(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the command did not end within " + timeout + ":\n" + output(-1));
        }
        return output(process.exitValue());
    }

    /** SIGKILL on Linux and macOS: no shutdown hook, no finally block, no clean lock runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The running process, e.g. to read its command line. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the process has printed on standard output so far (it flushes each line). */
    String outSoFar() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** The exit code and output of a process that has ended (137 after {@link #kill()}). */
    Result ended() throws IOException, InterruptedException {
        return output(process.waitFor());
    }

    private Result output(int code) throws IOException {
        return new Result(
                code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
