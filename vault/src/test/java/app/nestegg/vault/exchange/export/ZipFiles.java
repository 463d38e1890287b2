package app.nestegg.vault.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Reads and writes zips whole, for tests that change an export the way an attacker or a bad disk would. */
final class ZipFiles {

    private ZipFiles() {}

    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    static void write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream writer = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                writer.putNextEntry(new ZipEntry(entry.getKey()));
                writer.write(entry.getValue());
                writer.closeEntry();
            }
        }
    }

    /** A copy of the zip with each entry's bytes replaced by what {@code change} returns for it. */
    static Path changed(Path zip, Path copy, BiFunction<String, byte[], byte[]> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        read(zip).forEach((name, bytes) -> entries.put(name, change.apply(name, bytes)));
        write(copy, entries);
        return copy;
    }
}
