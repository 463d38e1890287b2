package app.nestegg.vault.store;

import app.nestegg.vault.VaultDamagedException;
import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A MAC over the database file, written when the vault locks cleanly and checked before H2 reads the file again.
 *
 * <p>H2's file encryption has no authentication: a flipped byte decrypts to garbage that H2 may not notice. The seal
 * turns any change to a cleanly closed file into "damaged" before H2 parses it. While the vault is open the seal says
 * so; finding it still open means the app stopped without locking, and the caller falls back to a full scan.
 */
final class DatabaseSeal {

    enum Verdict {
        /** The file is byte for byte what the app sealed at its last clean lock. */
        VERIFIED,
        /** The app did not lock cleanly (or the seal is gone): the file cannot be vouched for by the seal. */
        UNVERIFIED
    }

    record State(String state, long size, String mac) {
        static final String OPEN = "OPEN";
        static final String CLOSED = "CLOSED";
    }

    private final VaultFolder folder;
    private final byte[] macKey;

    DatabaseSeal(VaultFolder folder, byte[] macKey) {
        this.folder = folder;
        this.macKey = macKey;
    }

    Verdict verify() {
        State state;
        try {
            state = Json.mapper().readValue(Files.readAllBytes(folder.seal()), State.class);
        } catch (NoSuchFileException e) {
            return Verdict.UNVERIFIED;
        } catch (JacksonException e) {
            throw damaged("its seal file cannot be read");
        } catch (IOException e) {
            throw damaged("its seal file cannot be read: " + e.getMessage());
        }
        if (!State.CLOSED.equals(state.state())) {
            return Verdict.UNVERIFIED;
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(state.mac() == null ? "" : state.mac());
        } catch (IllegalArgumentException e) {
            throw damaged("its seal file is malformed");
        }
        if (sizeOfDatabase() != state.size()) {
            throw damaged("its size no longer matches the seal written when it was last locked");
        }
        byte[] actual = macOfDatabase();
        if (!MessageDigest.isEqual(expected, actual)) {
            throw damaged("its content no longer matches the seal written when it was last locked");
        }
        return Verdict.VERIFIED;
    }

    void markOpen() throws IOException {
        write(new State(State.OPEN, 0, ""));
    }

    void seal() throws IOException {
        write(new State(State.CLOSED, sizeOfDatabase(), HexFormat.of().formatHex(macOfDatabase())));
    }

    private void write(State state) throws IOException {
        SecureFiles.writeAtomically(folder.seal(), Json.mapper().writeValueAsBytes(state));
    }

    private long sizeOfDatabase() {
        try {
            return Files.size(folder.databaseFile());
        } catch (NoSuchFileException e) {
            throw damaged("the database file is missing");
        } catch (IOException e) {
            throw damaged("the database file cannot be read: " + e.getMessage());
        }
    }

    private byte[] macOfDatabase() {
        try (InputStream in = Files.newInputStream(folder.databaseFile())) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            byte[] buffer = new byte[1 << 20];
            for (int read; (read = in.read(buffer)) > 0; ) {
                mac.update(buffer, 0, read);
            }
            return mac.doFinal();
        } catch (NoSuchFileException e) {
            throw damaged("the database file is missing");
        } catch (IOException e) {
            throw damaged("the database file cannot be read: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    private VaultDamagedException damaged(String what) {
        return new VaultDamagedException(folder.databaseFile(), what, folder.newestBackup());
    }
}
