package app.nestegg.vault.exchange.export;

import app.nestegg.vault.exchange.export.ExportException.Reason;
import app.nestegg.vault.store.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Compares what a zip holds with its manifest: the format and its version, and every entry's size and SHA-256, with
 * nothing missing and nothing extra.
 */
final class ManifestCheck {

    private ManifestCheck() {}

    static ExportManifest check(Path file, byte[] manifestBytes, Map<String, ExportManifest.Entry> found) {
        if (manifestBytes == null) {
            throw refused(file, Reason.NOT_AN_EXPORT, "it has no manifest.json, so it is not a Nest Egg export");
        }
        ExportManifest manifest;
        try {
            manifest = Json.mapper().readValue(manifestBytes, ExportManifest.class);
        } catch (IOException e) {
            throw refused(file, Reason.NOT_AN_EXPORT, "its manifest.json is not a Nest Egg manifest");
        }
        if (!ExportManifest.FORMAT.equals(manifest.format())) {
            throw refused(file, Reason.NOT_AN_EXPORT, "its manifest.json is not a Nest Egg manifest");
        }
        if (manifest.formatVersion() != ExportManifest.FORMAT_VERSION) {
            throw refused(
                    file,
                    Reason.UNSUPPORTED,
                    "it has export format version " + manifest.formatVersion() + " (written by Nest Egg "
                            + manifest.appVersion() + "); this version reads format version "
                            + ExportManifest.FORMAT_VERSION);
        }
        for (ExportManifest.Entry listed : manifest.entries()) {
            ExportManifest.Entry actual = found.get(listed.name());
            if (actual == null) {
                throw refused(
                        file, Reason.TAMPERED, "the entry " + listed.name() + " listed in its manifest is missing");
            }
            if (actual.size() != listed.size() || !actual.sha256().equalsIgnoreCase(String.valueOf(listed.sha256()))) {
                throw refused(
                        file,
                        Reason.TAMPERED,
                        "the entry " + listed.name() + " does not match its SHA-256 in the manifest (it was changed)");
            }
        }
        for (String name : found.keySet()) {
            boolean listed = manifest.entries().stream().anyMatch(e -> e.name().equals(name));
            if (!listed && !ExportManifest.ENTRY_NAME.equals(name)) {
                throw refused(file, Reason.TAMPERED, "the entry " + name + " is not listed in its manifest");
            }
        }
        if (manifest.entries().stream().noneMatch(e -> ExportManifest.DOCUMENT_NAME.equals(e.name()))) {
            throw refused(file, Reason.UNSUPPORTED, "its manifest lists no " + ExportManifest.DOCUMENT_NAME);
        }
        return manifest;
    }

    private static ExportException refused(Path file, Reason reason, String problem) {
        return new ExportException(reason, file + " cannot be restored: " + problem + ". Nothing was changed.");
    }
}
