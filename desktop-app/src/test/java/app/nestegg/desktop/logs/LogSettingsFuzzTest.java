package app.nestegg.desktop.logs;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.fuzz.SeedDamage;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whatever {@code log-settings.properties} holds, reading it gives settings (the default for what it cannot use) and
 * never an exception: logging starts before anything could show a message (ADR 0038).
 */
class LogSettingsFuzzTest {

    private static final SeedDamage SETTINGS = SeedDamage.of(LogSettingsFuzzTest.class, "logSettingsAreAlwaysRead");

    @FuzzTest(maxDuration = "10s")
    void logSettingsAreAlwaysRead(byte[] raw) {
        byte[] content = SETTINGS.input(raw);
        SETTINGS.keepIfItFails(content, () -> {
            try {
                read(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void read(byte[] content) throws IOException {
        Path folder = Files.createTempDirectory("fuzzed-logs");
        Path file = folder.resolve(LogSettings.FILE_NAME);
        try {
            Files.write(file, content);
            assertThat(LogSettings.read(folder)).isNotNull();
        } finally {
            Files.delete(file);
            Files.delete(folder);
        }
    }
}
