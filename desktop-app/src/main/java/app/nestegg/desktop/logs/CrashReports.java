package app.nestegg.desktop.logs;

import app.nestegg.vault.store.SecureFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Writes crash reports into the {@value #FOLDER_NAME} folder inside the log folder: the app's version, the OS, the
 * Java runtime, the failure with its causes, and the newest log lines, all through {@link SecretRedactor}. Only the
 * newest {@value #KEPT} reports are kept. Nothing is sent anywhere.
 */
public final class CrashReports {

    public static final String FOLDER_NAME = "crash-reports";
    public static final int KEPT = 20;

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;
    private final String appVersion;
    private final Supplier<List<String>> recentLines;

    /**
     * @param logFolder the app's log folder; the reports go in its {@value #FOLDER_NAME} sub-folder
     * @param recentLines the newest log lines, already formatted (production: {@link RecentLogLines#current()})
     */
    public CrashReports(Path logFolder, Clock clock, String appVersion, Supplier<List<String>> recentLines) {
        this.folder = logFolder.resolve(FOLDER_NAME);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.recentLines = Objects.requireNonNull(recentLines, "recentLines");
    }

    public Path folder() {
        return folder;
    }

    /** The report's text for {@code failure} on {@code thread}, redacted. */
    public String text(Throwable failure, String thread) {
        StringBuilder report = new StringBuilder();
        report.append("Nest Egg crash report\n");
        report.append("Time: ").append(clock.instant()).append('\n');
        report.append("App version: ").append(appVersion).append('\n');
        report.append("OS: ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(" (")
                .append(System.getProperty("os.arch"))
                .append(")\n");
        report.append("Java: ")
                .append(System.getProperty("java.vendor"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append('\n');
        report.append("Thread: ").append(thread).append("\n\n");
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        report.append(trace).append('\n');
        List<String> lines = recentLines.get();
        report.append("Last ").append(lines.size()).append(" log lines:\n");
        lines.forEach(report::append);
        return SecretRedactor.redact(report.toString());
    }

    /**
     * Writes a report of {@code failure} and removes the oldest beyond {@value #KEPT}.
     *
     * @return the new report's file
     * @throws IOException when the folder or the file cannot be written
     */
    public Path write(Throwable failure, String thread) throws IOException {
        return write(text(failure, thread));
    }

    /** Writes a report made by {@link #text}, and removes the oldest beyond {@value #KEPT}. */
    public Path write(String report) throws IOException {
        SecureFiles.createPrivateFolder(folder);
        Path file = folder.resolve("crash-" + FILE_TIME.format(clock.instant()) + ".txt");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("crash-" + FILE_TIME.format(clock.instant()) + "-" + n + ".txt");
        }
        SecureFiles.writeAtomically(file, SecretRedactor.redact(report).getBytes(StandardCharsets.UTF_8));
        prune();
        return file;
    }

    /** The reports there are, newest first. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith("crash-") && name.endsWith(".txt");
                    })
                    .sorted(Comparator.comparing(
                                    (Path file) -> file.getFileName().toString())
                            .reversed())
                    .toList();
        }
    }

    private void prune() throws IOException {
        List<Path> reports = list();
        for (Path old : reports.subList(Math.min(KEPT, reports.size()), reports.size())) {
            Files.deleteIfExists(old);
        }
    }
}
