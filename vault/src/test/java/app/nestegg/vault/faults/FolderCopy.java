package app.nestegg.vault.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.stream.Stream;

/** Copies a template vault folder with its owner-only permissions, so each damaged case starts from the same files. */
public final class FolderCopy {

    private FolderCopy() {}

    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
                if (Files.getFileStore(source).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));
                }
            }
        }
    }
}
