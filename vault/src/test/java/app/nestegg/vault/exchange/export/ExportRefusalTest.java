package app.nestegg.vault.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.VaultSession;
import app.nestegg.vault.exchange.export.ExportException.Reason;
import app.nestegg.vault.store.Json;
import app.nestegg.vault.store.generated.Tables;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad export is refused with a message naming what is wrong, and the vault is left exactly as it was. */
class ExportRefusalTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path export;
    private final ExportFixture fixture = new ExportFixture();
    private VaultSession target;
    private Map<String, List<Map<String, Object>>> before;
    private int changesBefore;

    @BeforeAll
    static void exportAFilledVault() {
        export = shared.resolve("export.zip");
        try (VaultSession source = new ExportFixture().filledVault(shared.resolve("source"))) {
            ExportFixture.export(source, export, Optional.empty());
        }
    }

    @BeforeEach
    void createAnEmptyVault() {
        target = fixture.vaults.create(folder.resolve("target"));
        target.ledger();
        before = ExportFixture.ledgerRows(target);
        changesBefore = changeLogSize();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(ExportFixture.ledgerRows(target)).isEqualTo(before);
        assertThat(changeLogSize()).isEqualTo(changesBefore);
        target.close();
    }

    @Test
    void aChangedEntryIsRefusedByItsChecksumNamingTheEntry() throws IOException {
        Path tampered = ZipFiles.changed(
                export,
                folder.resolve("t.zip"),
                (name, bytes) -> name.equals("rules.csv")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replace("Trains", "Planes")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);

        assertRefused(tampered, Reason.TAMPERED, "rules.csv", "SHA-256");
    }

    @Test
    void aChangedDocumentWithARecomputedManifestIsStillCheckedRowByRow() throws IOException {
        Path changed = withDocument(
                document -> ((ObjectNode) document.get("transactions").get(3)).put("amount", "ten"));

        assertRefused(changed, Reason.UNSUPPORTED, "transactions row 4, amount", "whole number");
    }

    @Test
    void aRowThatBreaksTheLedgersRulesRollsBackEverything() throws IOException {
        Path changed =
                withDocument(document -> ((ObjectNode) document.get("splits").get(0))
                        .put("transaction_id", "0190a1b2-0000-7000-8000-000000000000"));

        assertRefused(changed, Reason.UNSUPPORTED, "splits");
    }

    @Test
    void anEntryListedInTheManifestButMissingIsRefused() throws IOException {
        Map<String, byte[]> entries = ZipFiles.read(export);
        entries.remove("splits.csv");
        Path cut = folder.resolve("cut.zip");
        ZipFiles.write(cut, entries);

        assertRefused(cut, Reason.TAMPERED, "splits.csv", "missing");
    }

    @Test
    void aForeignZipIsNotAnExport() throws IOException {
        Path foreign = folder.resolve("photos.zip");
        ZipFiles.write(foreign, Map.of("holiday.jpg", new byte[] {1, 2, 3}));

        assertRefused(foreign, Reason.NOT_AN_EXPORT, "manifest.json");
    }

    @Test
    void garbageIsNotAnExport() throws IOException {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Path garbage = Files.write(folder.resolve("noise.zip"), noise);

        assertRefused(garbage, Reason.NOT_AN_EXPORT, "neither a zip nor an age file");
    }

    @Test
    void anEntryNameLeadingOutOfTheFolderIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(ZipFiles.read(export));
        entries.put("../../.bashrc", "echo owned".getBytes(StandardCharsets.UTF_8));
        Path slip = folder.resolve("slip.zip");
        ZipFiles.write(slip, entries);

        assertRefused(slip, Reason.TAMPERED, "'../../.bashrc'", "..");
    }

    @Test
    void anExportUnpackingBeyondTheLimitIsRefusedAsAZipBomb() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("accounts.csv", new byte[5_000_000]);
        Path bomb = folder.resolve("bomb.zip");
        ZipFiles.write(bomb, entries);
        assertThat(Files.size(bomb)).isLessThan(100_000);
        ExportRestore restore = new ExportRestore(target.ledger(), new ExportLimits(1_000_000, 64, 22));

        assertThatThrownBy(() -> restore.restore(bomb, Optional.empty(), ExportProgress.NONE))
                .isInstanceOfSatisfying(
                        ExportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("zip bomb");
    }

    @Test
    void anExportOfANewerFormatIsRefusedWithBothVersions() throws IOException {
        Path newer = ZipFiles.changed(
                export,
                folder.resolve("newer.zip"),
                (name, bytes) -> name.equals("manifest.json")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);

        assertRefused(newer, Reason.UNSUPPORTED, "format version 2", "reads format version 1");
    }

    @Test
    void aVaultWithLedgerDataIsNotRestoredInto() {
        ExportFixture.restore(target, export, Optional.empty());
        before = ExportFixture.ledgerRows(target);
        changesBefore = changeLogSize();

        assertRefused(export, Reason.VAULT_NOT_EMPTY, "already has ledger data", "new, empty vault");
    }

    private void assertRefused(Path file, Reason reason, String... fragments) {
        assertThatThrownBy(() -> ExportFixture.restore(target, file, Optional.empty()))
                .isInstanceOfSatisfying(
                        ExportException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContainingAll(fragments)
                .hasMessageContaining("othing was changed");
    }

    /** A copy of the export whose JSON document was changed and whose manifest was recomputed to match. */
    private Path withDocument(java.util.function.Consumer<com.fasterxml.jackson.databind.JsonNode> change)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(ZipFiles.read(export));
        var document = Json.mapper().readTree(entries.get("nestegg.json"));
        change.accept(document);
        byte[] changed = Json.mapper().writeValueAsBytes(document);
        entries.put("nestegg.json", changed);
        ObjectNode manifest = (ObjectNode) Json.mapper().readTree(entries.get("manifest.json"));
        for (var entry : manifest.get("entries")) {
            if (entry.get("name").asText().equals("nestegg.json")) {
                ((ObjectNode) entry).put("size", changed.length);
                ((ObjectNode) entry).put("sha256", sha256(changed));
            }
        }
        entries.put("manifest.json", Json.mapper().writeValueAsBytes(manifest));
        Path file = folder.resolve("changed.zip");
        ZipFiles.write(file, entries);
        return file;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int changeLogSize() {
        return target.database().read(dsl -> dsl.fetchCount(Tables.CHANGE_LOG));
    }
}
