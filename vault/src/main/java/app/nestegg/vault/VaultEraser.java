package app.nestegg.vault;

import app.nestegg.vault.store.VaultFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Crypto-erasure of a locked vault: the keyring is overwritten with random bytes and forced to disk before anything
 * else is removed, so even a copy of the database left on the disk can no longer be decrypted.
 */
final class VaultEraser {

    private final VaultFolder folder;
    private final SecureRandom random;

    VaultEraser(VaultFolder folder, SecureRandom random) {
        this.folder = folder;
        this.random = random;
    }

    void erase(Optional<Path> logFolder) {
        try {
            destroyKeyring();
            FolderEraser.deleteContents(folder.path());
            Files.deleteIfExists(folder.path());
            if (logFolder.isPresent()) {
                FolderEraser.deleteContents(logFolder.get());
                Files.deleteIfExists(logFolder.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The keyring is destroyed, but some files could not be removed from " + folder
                            + "; delete the folder by hand",
                    e);
        }
    }

    private void destroyKeyring() throws IOException {
        if (!Files.exists(folder.keyring())) {
            return;
        }
        long size = Files.size(folder.keyring());
        byte[] noise = new byte[(int) Math.max(size, 4096)];
        random.nextBytes(noise);
        try (FileChannel channel = FileChannel.open(folder.keyring(), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(noise), 0);
            channel.force(true);
        }
        Files.delete(folder.keyring());
    }
}
