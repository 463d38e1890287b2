package app.nestegg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command lines of a running process and of every process it started, as another user of the computer reads them:
 * {@code /proc/PID/cmdline} on Linux (arguments separated by NUL), else what {@link ProcessHandle.Info} reports.
 */
final class CommandLines {

    private CommandLines() {}

    /** One line per process, the arguments joined by spaces; a process that has already ended is left out. */
    static List<String> of(ProcessHandle process) {
        List<String> lines = new ArrayList<>();
        Stream.concat(Stream.of(process), process.descendants()).forEach(handle -> {
            String line = commandLine(handle);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        });
        return lines;
    }

    private static String commandLine(ProcessHandle handle) {
        Path proc = Path.of("/proc", Long.toString(handle.pid()), "cmdline");
        if (Files.isReadable(proc)) {
            try {
                return new String(Files.readAllBytes(proc), StandardCharsets.UTF_8)
                        .replace('\0', ' ')
                        .strip();
            } catch (IOException e) {
                return "";
            }
        }
        return handle.info().commandLine().orElse("");
    }
}
