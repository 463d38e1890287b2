package app.nestegg.vault.store;

import app.nestegg.vault.UnsafeVaultException;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.security.Wipe;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Reads the decrypted database file, without letting H2 open it, and refuses it if it defines code-carrying schema
 * objects. H2 compiles and runs a source-code trigger or alias while it opens a database, before any query could
 * inspect the schema; so a file whose seal cannot vouch for it is searched for the definitions H2 stores for those
 * objects. The app never creates any of them.
 */
final class ForeignObjectScan {

    private static final List<byte[]> FORBIDDEN = List.of(
            ascii("CREATE FORCE TRIGGER"),
            ascii("CREATE FORCE ALIAS"),
            ascii("CREATE FORCE AGGREGATE"),
            ascii("LINKED TABLE"));
    private static final int OVERLAP = 32;
    private static final int CHUNK = 1 << 20;

    private final VaultFolder folder;

    ForeignObjectScan(VaultFolder folder) {
        this.folder = folder;
    }

    /** Throws {@link UnsafeVaultException} naming what was found; reads the whole file once. */
    void refuseCodeCarryingObjects(char[] filePassword) {
        byte[] key = fileEncryptionKey(filePassword);
        try (FileChannel raw = FileChannel.open(folder.databaseFile(), StandardOpenOption.READ);
                FileChannel decrypted = new FileEncrypt(folder.databaseFile().toString(), key, raw)) {
            scan(decrypted);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsafeVaultException unsafe) {
                throw unsafe;
            }
            VaultDamagedException damaged = new VaultDamagedException(
                    folder.databaseFile(), "it cannot be decrypted: " + e, folder.newestBackup());
            damaged.initCause(e);
            throw damaged;
        } finally {
            Wipe.bytes(key);
        }
    }

    /** Reads block-aligned chunks (as H2's XTS layer requires), keeping each chunk's tail to catch split markers. */
    private static void scan(FileChannel decrypted) throws IOException {
        byte[] window = new byte[OVERLAP + CHUNK];
        ByteBuffer chunk = ByteBuffer.wrap(window, OVERLAP, CHUNK).slice();
        long size = decrypted.size();
        int carried = 0;
        for (long position = 0; position < size; position += CHUNK) {
            chunk.clear();
            chunk.limit((int) Math.min(CHUNK, size - position));
            int length = 0;
            while (chunk.hasRemaining() && position + chunk.position() < size) {
                int read = decrypted.read(chunk, position + chunk.position());
                if (read <= 0) {
                    break;
                }
                length += read;
            }
            int from = OVERLAP - carried;
            for (byte[] marker : FORBIDDEN) {
                if (indexOf(window, from, OVERLAP + length, marker) >= 0) {
                    throw new UnsafeVaultException("The vault database defines a '"
                            + new String(marker, StandardCharsets.US_ASCII).replace("CREATE FORCE ", "")
                            + "', which Nest Egg never creates. It was not opened and nothing in it was run.");
                }
            }
            carried = Math.min(OVERLAP, length);
            System.arraycopy(window, OVERLAP + length - carried, window, OVERLAP - carried, carried);
        }
    }

    private static int indexOf(byte[] haystack, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The key H2 2.4 derives for {@code CIPHER=AES} from the file password (see ConnectionInfo and Store). */
    private static byte[] fileEncryptionKey(char[] filePassword) {
        byte[] passwordBytes = FilePathEncrypt.getPasswordBytes(filePassword);
        char[] decoded = new char[passwordBytes.length / 2];
        for (int i = 0; i < decoded.length; i++) {
            decoded[i] = (char) (((passwordBytes[i + i] & 255) << 16) | (passwordBytes[i + i + 1] & 255));
        }
        try {
            return FilePathEncrypt.getPasswordBytes(decoded);
        } finally {
            Wipe.bytes(passwordBytes);
            Wipe.chars(decoded);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
