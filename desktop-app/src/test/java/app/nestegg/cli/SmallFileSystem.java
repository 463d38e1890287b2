package app.nestegg.cli;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.desktop.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs one {@code nest-egg} command in a child process whose working folder is a real, small file system: a tmpfs
 * mounted in a private mount namespace ({@code unshare --mount}, or with {@code --user --map-root-user} where the test
 * does not run as root). The runner's folder is copied in, the tmpfs is then filled up to {@code freeBytes} of free
 * space, the command runs, and the folder as the command left it is copied back out, because the tmpfs vanishes with
 * its namespace.
 */
final class SmallFileSystem {

    static final String REQUIRE_PROPERTY = "nestegg.requireFaultFs";

    private static final List<List<String>> WAYS_IN =
            List.of(List.of("unshare", "--mount"), List.of("unshare", "--user", "--map-root-user", "--mount"));
    private static final long TIMEOUT_SECONDS = 120;

    private final List<String> unshare;

    private SmallFileSystem(List<String> unshare) {
        this.unshare = unshare;
    }

    /** The first way into a private mount namespace that can mount a tmpfs here, if any. */
    static Optional<SmallFileSystem> available(Path scratch) throws IOException, InterruptedException {
        for (List<String> way : WAYS_IN) {
            Path probe = Files.createTempDirectory(scratch, "probe");
            List<String> command = new ArrayList<>(way);
            command.addAll(List.of("sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$0\"", probe.toString()));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return Optional.of(new SmallFileSystem(way));
            }
            process.destroyForcibly();
        }
        return Optional.empty();
    }

    /**
     * Copies {@code cli.root} onto a fresh tmpfs in {@code scratch}, leaves {@code freeBytes} free, runs the command
     * there (paths under {@code cli.root} in the arguments point into the tmpfs), and copies what the command left to
     * {@code scratch/after}, with the same names as in {@code cli.root}.
     */
    Result run(CliRunner cli, Path scratch, long freeBytes, String... args) throws IOException, InterruptedException {
        Path mount = Files.createDirectories(scratch.resolve("tmpfs"));
        Path after = Files.createDirectories(scratch.resolve("after"));
        long size = sizeOf(cli.root) + 1024 * 1024;
        Path out = scratch.resolve("child.out");
        Path err = scratch.resolve("child.err");
        Path code = scratch.resolve("child.code");
        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dnestegg.logs=" + cli.logs,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--vault",
                mount.resolve("vault").toString(),
                "--passphrase-file",
                cli.file(CliRunner.PASSPHRASE)));
        for (String arg : args) {
            java.add(arg.replace(cli.root.toString(), mount.toString()));
        }
        String script = String.join(
                "\n",
                "set -e",
                "mount -t tmpfs -o size=" + size + " tmpfs " + quote(mount),
                "cp -a " + quote(cli.root) + "/. " + quote(mount) + "/",
                "dd if=/dev/zero of=" + quote(mount.resolve("filler")) + " bs=4096 2>/dev/null || true",
                "truncate -s -" + freeBytes + " " + quote(mount.resolve("filler")),
                "set +e",
                java.stream().map(SmallFileSystem::quote).collect(Collectors.joining(" ")) + " >" + quote(out) + " 2>"
                        + quote(err),
                "echo $? >" + quote(code),
                "rm -f " + quote(mount.resolve("filler")),
                "cp -a " + quote(mount) + "/. " + quote(after) + "/");
        List<String> command = new ArrayList<>(unshare);
        command.addAll(List.of("sh", "-c", script));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String shell = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the command on the small file system did not end in " + TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("the small file system could not be set up: " + shell);
        }
        return new Result(
                Integer.parseInt(Files.readString(code).strip()),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static long sizeOf(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        }
    }

    private static String quote(Object text) {
        return "'" + text.toString().replace("'", "'\\''") + "'";
    }
}
