package app.nestegg.vault.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.exchange.export.ExportException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The zip layer of an export refuses what could exhaust the machine or write outside a folder, before anything is
 * restored (ADR 0038): too many entries, too many unpacked bytes, a huge manifest, deep JSON, names that lead
 * elsewhere, and archives inside the archive.
 */
class ExportArchiveLimitsTest {

    private static final String SEED = "ExportFileFuzzTestInputs/plainExportIsCheckedOrRefused/empty-vault.zip";

    @TempDir
    Path folder;

    @Test
    void theRealExportPassesTheChecks() throws IOException {
        ExportManifest manifest = verify(seed(), ExportLimits.DEFAULT);

        assertThat(manifest.entries()).isNotEmpty();
    }

    @Test
    void aZipWithMoreEntriesThanTheLimitIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 65; i++) {
            entries.put("part-" + i + ".csv", new byte[0]);
        }

        assertRefused(write(entries), ExportLimits.DEFAULT, Reason.TOO_LARGE, "more than 64 entries");
    }

    @Test
    void anEntryThatUnpacksFarBeyondItsCompressedSizeIsRefusedAsAZipBomb() throws IOException {
        Path bomb = write(Map.of("accounts.csv", new byte[3_000_000]));

        assertThat(Files.size(bomb)).isLessThan(10_000);
        assertRefused(bomb, new ExportLimits(2_000_000, 64, 22), Reason.TOO_LARGE, "unpacks to more than", "zip bomb");
    }

    @Test
    void aManifestLargerThanAManifestCanBeIsRefused() throws IOException {
        Path big = write(Map.of(ExportManifest.ENTRY_NAME, new byte[(1 << 20) + 1]));

        assertRefused(big, ExportLimits.DEFAULT, Reason.TOO_LARGE, "manifest.json is larger than");
    }

    @Test
    void aManifestNestedDeeperThanJsonAllowsIsNotAManifest() throws IOException {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        Path nested = write(Map.of(ExportManifest.ENTRY_NAME, deep.getBytes(StandardCharsets.UTF_8)));

        assertRefused(nested, ExportLimits.DEFAULT, Reason.NOT_AN_EXPORT, "manifest.json is not a Nest Egg manifest");
    }

    @Test
    void aZipInsideTheExportIsNeverOpenedAndIsRefusedAsAnUnlistedEntry() throws IOException {
        Map<String, byte[]> entries = ZipFiles.read(seed());
        entries.put("inner.zip", zip(Map.of("../../inner-secret", new byte[1_000_000])));

        assertRefused(write(entries), ExportLimits.DEFAULT, Reason.TAMPERED, "inner.zip is not listed in its manifest");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../.bashrc|leads out of the folder",
                "csv/../../escape.csv|leads out of the folder",
                "/etc/passwd|is an absolute path",
                "C:/Windows/win.ini|starts with a drive letter",
                "c:evil.csv|starts with a drive letter",
                "..\\..\\evil.csv|contains a backslash",
                "ok\u0007.csv|contains a control character"
            })
    void entryNamesThatLeadElsewhereAreRefusedNamingTheEntry(String nameAndProblem) throws IOException {
        String[] parts = nameAndProblem.split("\\|");
        Map<String, byte[]> entries = ZipFiles.read(seed());
        entries.put(parts[0], "x".getBytes(StandardCharsets.UTF_8));

        assertRefused(write(entries), ExportLimits.DEFAULT, Reason.TAMPERED, parts[1]);
    }

    @Test
    void anEntryNameLongerThanAnyExportsIsRefused() throws IOException {
        Map<String, byte[]> entries = ZipFiles.read(seed());
        entries.put("a".repeat(201) + ".csv", new byte[0]);

        assertRefused(write(entries), ExportLimits.DEFAULT, Reason.TAMPERED, "is too long");
    }

    private Path seed() throws IOException {
        Path copy = folder.resolve("export.zip");
        try (InputStream in = ExportArchiveLimitsTest.class.getResourceAsStream(SEED)) {
            Files.write(copy, in.readAllBytes());
        }
        return copy;
    }

    private Path write(Map<String, byte[]> entries) throws IOException {
        Path zip = Files.createTempFile(folder, "crafted", ".zip");
        ZipFiles.write(zip, entries);
        return zip;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static ExportManifest verify(Path file, ExportLimits limits) {
        try (ExportFile export = new ExportFile(file, Optional.empty(), limits)) {
            return export.verify();
        }
    }

    private static void assertRefused(Path file, ExportLimits limits, Reason reason, String... fragments) {
        assertThatThrownBy(() -> verify(file, limits))
                .isInstanceOfSatisfying(
                        ExportException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("Nothing was changed")
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }
}
