package app.nestegg.vault.exchange.export;

import app.nestegg.vault.DiskFullException;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.store.DiskSpace;
import app.nestegg.vault.store.Json;
import app.nestegg.vault.store.SecureFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Writes everything in the ledger to one zip: a CSV file per section, the complete JSON document
 * {@code nestegg.json}, and {@code manifest.json} last with the counts and every entry's SHA-256. With a passphrase,
 * the zip is encrypted in the age format (scrypt stanza), which the {@code age} tool decrypts. The whole export reads
 * under the database's lock, so it is one consistent state of the ledger. Nothing secret beyond the ledger is read:
 * no keyring, second-factor state, backup codes, provider tokens, audit log or change log.
 */
public final class VaultExporter {

    private static final int PROGRESS_EVERY = 10_000;

    private final Ledger ledger;
    private final String appVersion;
    private final Clock clock;
    private final SecureRandom random;
    private final int workFactor;

    /** @param workFactor log2 of scrypt's N for encrypted exports; {@link #DEFAULT_WORK_FACTOR} outside tests */
    public VaultExporter(Ledger ledger, String appVersion, Clock clock, SecureRandom random, int workFactor) {
        this.ledger = ledger;
        this.appVersion = appVersion;
        this.clock = clock;
        this.random = random;
        this.workFactor = workFactor;
    }

    /** age's own default (N = 2^18, 256 MiB, about a second): what the app writes. */
    public static final int DEFAULT_WORK_FACTOR = ScryptStanza.DEFAULT_WORK_FACTOR;

    /**
     * Writes the export to {@code out}, replacing it only once it is complete (through a {@code .part} file beside
     * it, readable by its owner only). A thread interrupt stops the export with a {@link CancellationException} and
     * leaves {@code out} as it was.
     *
     * @param passphrase encrypts the zip in the age format when present; the caller wipes it
     */
    public ExportSummary export(Path out, Optional<char[]> passphrase, ExportProgress progress) {
        Path target = out.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Map<String, Long> counts;
        try {
            try (OutputStream file = Files.newOutputStream(partial)) {
                SecureFiles.restrict(partial, SecureFiles.OWNER_ONLY_FILE);
                OutputStream sink = passphrase.isPresent()
                        ? AgeFiles.encrypting(file, new ScryptStanzaWriter(passphrase.get(), workFactor, random))
                        : file;
                ExportZipWriter zip = new ExportZipWriter(sink);
                counts = ledger.changeLog().read(dsl -> writeAll(zip, progress));
                zip.close();
            }
            SecureFiles.moveOver(partial, target);
        } catch (IOException e) {
            deleteQuietly(partial);
            if (DiskSpace.ranOut(e, target)) {
                throw new DiskFullException(target.getParent(), "the export " + target, e);
            }
            throw new ExportException(
                    ExportException.Reason.UNREADABLE,
                    "Could not write the export " + target + ": " + e.getMessage(),
                    e);
        } catch (GeneralSecurityException e) {
            deleteQuietly(partial);
            throw new IllegalStateException("age encryption is not available in this Java runtime", e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            if (!(e instanceof DiskFullException) && DiskSpace.ranOut(e, target)) {
                throw new DiskFullException(target.getParent(), "the export " + target, e);
            }
            throw e instanceof UncheckedIOException io
                    ? new ExportException(
                            ExportException.Reason.UNREADABLE,
                            "Could not write the export " + target + ": "
                                    + io.getCause().getMessage(),
                            io)
                    : e;
        }
        return new ExportSummary(target, passphrase.isPresent(), counts);
    }

    private Map<String, Long> writeAll(ExportZipWriter zip, ExportProgress progress) {
        try {
            Instant created = clock.instant();
            LedgerRows rows = new LedgerRows(ledger);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (ExportSection section : ExportSection.values()) {
                counts.put(section.key(), writeCsv(zip.begin(section.csvEntry()), rows, section, progress));
            }
            writeDocument(zip.begin(ExportManifest.DOCUMENT_NAME), rows, created);
            zip.end();
            ExportManifest manifest = new ExportManifest(
                    ExportManifest.FORMAT, ExportManifest.FORMAT_VERSION, appVersion, created, counts, zip.entries());
            try (OutputStream entry = zip.begin(ExportManifest.ENTRY_NAME)) {
                entry.write(Json.mapper().writeValueAsBytes(manifest));
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long writeCsv(OutputStream entry, LedgerRows rows, ExportSection section, ExportProgress progress)
            throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (SequenceWriter csv =
                mapper.writerFor(List.class).with(CsvSchema.emptySchema()).writeValues(entry)) {
            csv.write(section.columns());
            long count = rows.each(section, row -> {
                List<String> cells = new ArrayList<>(row.size());
                row.values().forEach(value -> cells.add(ExportValues.csvCell(value)));
                write(csv, cells);
            });
            progress.rowsDone(section.key(), count);
            return count;
        }
    }

    private void writeDocument(OutputStream entry, LedgerRows rows, Instant created) throws IOException {
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(entry)) {
            json.writeStartObject();
            json.writeStringField("format", ExportManifest.FORMAT);
            json.writeNumberField("formatVersion", ExportManifest.FORMAT_VERSION);
            json.writeStringField("appVersion", appVersion);
            json.writeStringField("createdAt", created.toString());
            for (ExportSection section : ExportSection.values()) {
                json.writeArrayFieldStart(section.key());
                long[] written = {0};
                rows.each(section, row -> {
                    writeRow(json, row);
                    if (++written[0] % PROGRESS_EVERY == 0
                            && Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("The export was cancelled");
                    }
                });
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    private static void writeRow(JsonGenerator json, Map<String, Object> row) {
        try {
            json.writeStartObject();
            for (Map.Entry<String, Object> column : row.entrySet()) {
                ExportValues.writeJson(json, column.getKey(), column.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(SequenceWriter csv, List<String> cells) {
        try {
            csv.write(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The export was cancelled");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the partial file is owner-only; nothing more can be done about it here
        }
    }
}
