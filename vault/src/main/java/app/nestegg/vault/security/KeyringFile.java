package app.nestegg.vault.security;

import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.VaultNotFoundException;
import app.nestegg.vault.store.Json;
import app.nestegg.vault.store.SecureFiles;
import app.nestegg.vault.store.VaultFolder;
import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Base64;
import java.util.Optional;

/** Reads and writes {@code keyring.json}, refusing content that is malformed or asks for a weaker KDF than allowed. */
public final class KeyringFile {

    private static final int MAX_SIZE = 64 * 1024;

    private KeyringFile() {}

    public static Keyring read(VaultFolder folder) {
        byte[] content;
        try {
            if (Files.size(folder.keyring()) > MAX_SIZE) {
                throw damaged(folder, "it is far larger than a keyring can be");
            }
            content = Files.readAllBytes(folder.keyring());
        } catch (NoSuchFileException e) {
            throw new VaultNotFoundException(folder.path());
        } catch (IOException e) {
            throw damaged(folder, "it cannot be read: " + e.getMessage());
        }
        Keyring keyring;
        try {
            keyring = Json.mapper().readValue(content, Keyring.class);
        } catch (JacksonException e) {
            // A value of the wrong shape is reported without a place in the text.
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw damaged(folder, "it is not valid keyring JSON" + where);
        } catch (IOException e) {
            throw damaged(folder, "it cannot be parsed: " + e.getMessage());
        }
        validate(folder, keyring);
        return keyring;
    }

    public static void write(VaultFolder folder, Keyring keyring) {
        try {
            SecureFiles.writeAtomically(folder.keyring(), Json.mapper().writeValueAsBytes(keyring));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + folder.keyring(), e);
        }
    }

    private static void validate(VaultFolder folder, Keyring keyring) {
        if (keyring.format() != Keyring.FORMAT) {
            throw damaged(folder, "its format " + keyring.format() + " is not one this version reads");
        }
        if (keyring.vaultId() == null
                || keyring.kdf() == null
                || keyring.kdf().algorithm() == null
                || keyring.kdf().salt() == null
                || keyring.passphraseWrap() == null
                || keyring.recoveryWrap() == null) {
            throw damaged(folder, "a required field is missing");
        }
        if (!"argon2id".equals(keyring.kdf().algorithm())) {
            throw damaged(folder, "its key derivation '" + keyring.kdf().algorithm() + "' is not Argon2id");
        }
        KdfParameters parameters;
        try {
            parameters = keyring.kdf().parameters();
        } catch (IllegalArgumentException e) {
            throw damaged(folder, "its key derivation parameters are invalid");
        }
        if (!parameters.withinBounds()) {
            throw damaged(
                    folder,
                    "its key derivation parameters (" + parameters.describe() + ") are outside the allowed range "
                            + KdfParameters.MINIMUM.describe() + " to " + KdfParameters.MAXIMUM.describe());
        }
        try {
            if (keyring.kdf().saltBytes().length < 16) {
                throw damaged(folder, "its salt is too short");
            }
            Base64.getDecoder().decode(keyring.passphraseWrap());
            Base64.getDecoder().decode(keyring.recoveryWrap());
        } catch (IllegalArgumentException e) {
            throw damaged(folder, "a wrapped key is not valid Base64");
        }
    }

    private static VaultDamagedException damaged(VaultFolder folder, String what) {
        return new VaultDamagedException(folder.keyring(), what, Optional.empty());
    }
}
