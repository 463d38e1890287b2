package app.nestegg.desktop.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSettingsTest {

    @TempDir
    Path folder;

    @Test
    void savedSettingsAreReadBack() {
        new LogSettings(LogSettings.Level.DEBUG, LogSettings.Format.JSON).write(folder);

        assertThat(LogSettings.read(folder))
                .isEqualTo(new LogSettings(LogSettings.Level.DEBUG, LogSettings.Format.JSON));
    }

    @Test
    void aFileLargerThanSettingsCanBeIsNotReadAndMeansTheDefault() throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(LogSettings.FILE_NAME))) {
            out.write("level=DEBUG\nmemo=".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[(int) LogSettings.MAX_FILE_BYTES]);
        }

        assertThat(LogSettings.read(folder)).isEqualTo(LogSettings.DEFAULT);
    }

    @Test
    void bytesThatAreNotUtf8MeanTheDefault() throws IOException {
        Files.write(
                folder.resolve(LogSettings.FILE_NAME), new byte[] {'l', 'e', 'v', 'e', 'l', '=', (byte) 0xC3, 0x28});

        assertThat(LogSettings.read(folder)).isEqualTo(LogSettings.DEFAULT);
    }

    @Test
    void aMissingFileMeansTheDefault() {
        assertThat(LogSettings.read(folder)).isEqualTo(LogSettings.DEFAULT);
    }
}
