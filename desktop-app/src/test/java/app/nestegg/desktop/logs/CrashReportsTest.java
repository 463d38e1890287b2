package app.nestegg.desktop.logs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashReportsTest {

    private static final String TOKEN = "access-sandbox-0c6b4f6e-known-token";

    @TempDir
    Path logs;

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

    private CrashReports reports(List<String> lines) {
        return new CrashReports(logs, clock, "1.2.3", () -> lines);
    }

    @Test
    void aReportHoldsVersionOsJavaTheFailureWithCausesAndTheRecentLinesRedacted() throws IOException {
        CrashReports reports = reports(List.of("09:00 INFO linked with " + TOKEN + "\n", "09:01 WARN sync slow\n"));
        IllegalStateException failure =
                new IllegalStateException("sync broke", new IOException("Plaid refused " + TOKEN));

        Path file = reports.write(failure, "JavaFX Application Thread");

        assertThat(file.getParent()).isEqualTo(logs.resolve("crash-reports"));
        assertThat(file.getFileName().toString()).isEqualTo("crash-20260301-090000-000.txt");
        assertThat(Files.readString(file))
                .contains(
                        "App version: 1.2.3",
                        "OS: " + System.getProperty("os.name"),
                        "Java: ",
                        "Thread: JavaFX Application Thread",
                        "java.lang.IllegalStateException: sync broke",
                        "Caused by: java.io.IOException: Plaid refused access-sandbox-[hidden]",
                        "Last 2 log lines:",
                        "09:01 WARN sync slow")
                .doesNotContain(TOKEN);
    }

    @Test
    void onlyTheNewestTwentyReportsAreKept() throws IOException {
        CrashReports reports = reports(List.of());
        Path first = reports.write(new IllegalStateException("first"), "main");
        Path newest = first;
        for (int i = 0; i < CrashReports.KEPT + 2; i++) {
            clock.advance(Duration.ofSeconds(1));
            newest = reports.write(new IllegalStateException("crash " + i), "main");
        }

        assertThat(reports.list()).hasSize(CrashReports.KEPT).startsWith(newest);
        assertThat(first).doesNotExist();
    }

    @Test
    void twoCrashesInTheSameMillisecondKeepBothReports() throws IOException {
        CrashReports reports = reports(List.of());

        Path one = reports.write(new IllegalStateException("one"), "main");
        Path two = reports.write(new IllegalStateException("two"), "worker");

        assertThat(one).isNotEqualTo(two);
        assertThat(reports.list()).containsExactlyInAnyOrder(one, two);
    }
}
