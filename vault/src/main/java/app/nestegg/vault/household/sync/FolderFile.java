package app.nestegg.vault.household.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A bundle file in the shared folder as it is at one moment: name, size and modification time (to the millisecond). */
record FolderFile(Path path, String name, long size, Instant modifiedAt) {

    static FolderFile of(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return new FolderFile(
                path,
                path.getFileName().toString(),
                attributes.size(),
                attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MILLIS));
    }
}
