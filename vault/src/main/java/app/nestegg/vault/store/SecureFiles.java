package app.nestegg.vault.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files only their owner can read, replaced atomically so a crash leaves the old or the new content, never half. */
public final class SecureFiles {

    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SecureFiles() {}

    public static void createPrivateFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder, OWNER_ONLY_FOLDER);
    }

    /** Writes to a temporary file beside the target, forces it to disk, then renames it over the target. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(
                    temporary,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                restrict(temporary, OWNER_ONLY_FILE);
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveOver(temporary, target);
        } catch (IOException | RuntimeException e) {
            // on a full disk the half-written copy would only take the space a retry needs
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * Renames a finished file over its target, atomically where the file system can, then forces the folder to disk:
     * the target holds the old content or the new, never part of it.
     */
    public static void moveOver(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    public static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /** True where the platform has POSIX permissions and the path grants group or others any access. */
    public static boolean openToOthers(Path path) throws IOException {
        if (!POSIX) {
            return false;
        }
        Set<PosixFilePermission> granted = Files.getPosixFilePermissions(path);
        return granted.stream()
                .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
    }

    private static void forceFolder(Path folder) {
        if (!POSIX || folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename itself is still atomic there.
        }
    }
}
