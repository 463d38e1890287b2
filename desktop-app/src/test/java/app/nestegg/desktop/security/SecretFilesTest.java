package app.nestegg.desktop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

    @TempDir
    Path folder;

    @Test
    void newFileIsReadableOnlyByItsOwner() throws Exception {
        Path file = folder.resolve("recovery.txt");

        SecretFiles.writeOwnerOnly(file, "KEY");

        assertThat(Files.readString(file)).isEqualTo("KEY");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void replacingAnOpenFileMakesItOwnerOnly() throws Exception {
        Path file = folder.resolve("recovery.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecretFiles.writeOwnerOnly(file, "new");

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
