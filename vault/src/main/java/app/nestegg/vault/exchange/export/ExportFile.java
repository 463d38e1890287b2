package app.nestegg.vault.exchange.export;

import app.nestegg.vault.exchange.export.ExportException.Reason;
import com.exceptionfactory.jagged.PayloadException;
import com.exceptionfactory.jagged.UnsupportedRecipientStanzaException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.crypto.AEADBadTagException;

/**
 * One export file being read: plain zip or age-encrypted zip. {@link #verify} reads it whole, checking entry names,
 * sizes against the limits, and every entry against the manifest, and writes nothing; {@link #readDocument} then
 * streams {@code nestegg.json} and checks its checksum again at its end, so a file changed between the two reads is
 * caught before the caller commits.
 */
final class ExportFile implements AutoCloseable {

    private static final int MAX_MANIFEST = 1 << 20;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path file;
    private final ExportLimits limits;
    private final ScryptStanzaReader stanza;
    private ExportManifest manifest;

    ExportFile(Path file, Optional<char[]> passphrase, ExportLimits limits) {
        this.file = file;
        this.limits = limits;
        this.stanza = passphrase
                .map(p -> new ScryptStanzaReader(p, limits.maxWorkFactor()))
                .orElse(null);
    }

    /** A cheap look at the first bytes: an age file, or a zip holding a {@code manifest.json}. */
    static boolean looksLikeExport(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] head = in.readNBytes(AgeFiles.MAGIC.length);
            if (AgeFiles.looksLikeAge(head)) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (ExportManifest.ENTRY_NAME.equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    ExportManifest verify() {
        Map<String, ExportManifest.Entry> found = new LinkedHashMap<>();
        byte[] manifestBytes = null;
        long total = 0;
        try (InputStream in = open();
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = nextEntry(zip, found.isEmpty())) != null; ) {
                String name = EntryNames.require(file, entry.getName());
                if (found.containsKey(name)) {
                    throw refused(Reason.TAMPERED, "the entry " + name + " appears twice");
                }
                if (found.size() >= limits.maxEntries()) {
                    throw refused(Reason.TOO_LARGE, "it holds more than " + limits.maxEntries() + " entries");
                }
                boolean isManifest = ExportManifest.ENTRY_NAME.equals(name);
                ByteArrayOutputStream kept = isManifest ? new ByteArrayOutputStream() : null;
                MessageDigest digest = ExportZipWriter.sha256();
                long size = 0;
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    size += read;
                    total += read;
                    if (total > limits.maxTotalBytes()) {
                        throw refused(
                                Reason.TOO_LARGE,
                                "it unpacks to more than " + limits.maxTotalBytes()
                                        + " bytes, the most an export may hold (a zip bomb?)");
                    }
                    if (kept != null && size > MAX_MANIFEST) {
                        throw refused(Reason.TOO_LARGE, "its manifest.json is larger than " + MAX_MANIFEST + " bytes");
                    }
                    digest.update(buffer, 0, read);
                    if (kept != null) {
                        kept.write(buffer, 0, read);
                    }
                }
                found.put(
                        name,
                        new ExportManifest.Entry(name, size, HexFormat.of().formatHex(digest.digest())));
                if (kept != null) {
                    manifestBytes = kept.toByteArray();
                }
            }
            // Read an encrypted file to its end so that its last chunk is authenticated too.
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (ZipException | java.io.EOFException e) {
            throw refused(
                    found.isEmpty() ? Reason.NOT_AN_EXPORT : Reason.TAMPERED,
                    "it is not a readable zip (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw unreadable(e);
        }
        manifest = ManifestCheck.check(file, manifestBytes, found);
        return manifest;
    }

    /** Streams {@code nestegg.json} to {@code reader}; call after {@link #verify}. */
    <T> T readDocument(DocumentReader<T> reader) {
        if (manifest == null) {
            throw new IllegalStateException("verify() first");
        }
        ExportManifest.Entry expected = manifest.entries().stream()
                .filter(e -> ExportManifest.DOCUMENT_NAME.equals(e.name()))
                .findFirst()
                .orElseThrow();
        try (InputStream in = open();
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (ExportManifest.DOCUMENT_NAME.equals(entry.getName())) {
                    MessageDigest digest = ExportZipWriter.sha256();
                    CheckedEntryStream document = new CheckedEntryStream(zip, digest, expected.size());
                    T result = reader.read(document);
                    document.transferTo(java.io.OutputStream.nullOutputStream());
                    if (!HexFormat.of().formatHex(digest.digest()).equals(expected.sha256())) {
                        throw refused(Reason.TAMPERED, ExportManifest.DOCUMENT_NAME + " changed while it was read");
                    }
                    return result;
                }
            }
            throw refused(Reason.TAMPERED, ExportManifest.DOCUMENT_NAME + " is gone on the second read");
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Reads the document; {@link IOException}s become refusals naming the file. */
    @FunctionalInterface
    interface DocumentReader<T> {
        T read(InputStream document) throws IOException;
    }

    ExportException refused(Reason reason, String problem) {
        return new ExportException(reason, file + " cannot be restored: " + problem + ". Nothing was changed.");
    }

    @Override
    public void close() {
        if (stanza != null) {
            stanza.wipe();
        }
    }

    private InputStream open() throws IOException {
        InputStream raw;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new ExportException(Reason.UNREADABLE, "The export " + file + " does not exist.");
        }
        try {
            raw.mark(AgeFiles.MAGIC.length);
            byte[] head = raw.readNBytes(AgeFiles.MAGIC.length);
            raw.reset();
            if (AgeFiles.looksLikeAge(head)) {
                if (stanza == null) {
                    throw new ExportException(
                            Reason.PASSPHRASE_NEEDED,
                            file + " is an encrypted export; give the passphrase it was encrypted with.");
                }
                return decrypting(raw);
            }
            if (head.length < ZIP_MAGIC.length || !java.util.Arrays.equals(head, 0, 4, ZIP_MAGIC, 0, 4)) {
                throw refused(Reason.NOT_AN_EXPORT, "it is neither a zip nor an age file");
            }
            return raw;
        } catch (AEADBadTagException e) {
            raw.close();
            throw new ExportException(
                    Reason.WRONG_PASSPHRASE,
                    "The passphrase does not open " + file + " (or its header was changed). Nothing was changed.");
        } catch (UnsupportedRecipientStanzaException e) {
            raw.close();
            throw refused(Reason.NOT_AN_EXPORT, "it is an age file not encrypted with a passphrase");
        } catch (GeneralSecurityException e) {
            raw.close();
            throw refused(Reason.TAMPERED, "its age header is not valid (" + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** jagged parses the age header; a header it cannot parse may end in any runtime exception of its parser. */
    private InputStream decrypting(InputStream raw) throws IOException, GeneralSecurityException {
        try {
            return AgeFiles.decrypting(raw, stanza);
        } catch (ExportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw refused(
                    Reason.TAMPERED,
                    "its age header cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private ZipEntry nextEntry(ZipInputStream zip, boolean first) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw refused(first ? Reason.NOT_AN_EXPORT : Reason.TAMPERED, "an entry name is not valid");
        }
    }

    private ExportException unreadable(IOException e) {
        if (e instanceof PayloadException) {
            return refused(Reason.TAMPERED, "its encrypted content was changed or cut off (authentication failed)");
        }
        return new ExportException(Reason.UNREADABLE, "Could not read " + file + ": " + e.getMessage(), e);
    }
}
