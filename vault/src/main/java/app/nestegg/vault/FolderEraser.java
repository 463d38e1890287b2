package app.nestegg.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deletes a folder's contents depth first; links are removed, never followed. */
final class FolderEraser {

    private FolderEraser() {}

    static void deleteContents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.filter(p -> !p.equals(folder))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        }
        for (Path entry : entries) {
            Files.deleteIfExists(entry);
        }
    }
}
