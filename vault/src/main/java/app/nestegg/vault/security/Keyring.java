package app.nestegg.vault.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.AEADBadTagException;

/**
 * The content of {@code keyring.json}: the master key wrapped twice with AES-256-GCM, once under an Argon2id key from
 * the passphrase and once under the recovery key. The associated data binds each wrap to this vault and to the KDF
 * parameters, so lowering the parameters in the file makes the passphrase wrap fail instead of weakening it.
 */
public record Keyring(
        int format,
        UUID vaultId,
        Instant createdAt,
        Kdf kdf,
        String passphraseWrap,
        String recoveryWrap,
        boolean mfaEnabled) {

    public static final int FORMAT = 1;

    /** The Argon2id parameters and salt as stored. */
    public record Kdf(String algorithm, int memoryKiB, int iterations, int parallelism, String salt) {
        public KdfParameters parameters() {
            return new KdfParameters(memoryKiB, iterations, parallelism);
        }

        byte[] saltBytes() {
            return Base64.getDecoder().decode(salt);
        }
    }

    public static Keyring create(
            UUID vaultId,
            Instant createdAt,
            MasterKey masterKey,
            char[] passphrase,
            RecoveryKey recoveryKey,
            KdfParameters parameters,
            SecureRandom random) {
        Keyring withoutPassphrase = new Keyring(FORMAT, vaultId, createdAt, null, "", "", false);
        byte[] master = masterKey.copyBytes();
        byte[] recoveryWrapKey = recoveryKey.wrapKey();
        try {
            String recoveryWrap = Base64.getEncoder()
                    .encodeToString(AesGcm.seal(recoveryWrapKey, master, withoutPassphrase.recoveryContext()));
            return new Keyring(FORMAT, vaultId, createdAt, null, "", recoveryWrap, false)
                    .withPassphrase(masterKey, passphrase, parameters, random);
        } finally {
            Wipe.bytes(master, recoveryWrapKey);
        }
    }

    /** A copy whose passphrase wrap uses a new salt, the given parameters and the new passphrase. */
    public Keyring withPassphrase(
            MasterKey masterKey, char[] passphrase, KdfParameters parameters, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Kdf newKdf = new Kdf(
                "argon2id",
                parameters.memoryKiB(),
                parameters.iterations(),
                parameters.parallelism(),
                Base64.getEncoder().encodeToString(salt));
        Keyring next = new Keyring(format, vaultId, createdAt, newKdf, "", recoveryWrap, mfaEnabled);
        byte[] wrapKey = Argon2id.derive(passphrase, salt, parameters);
        byte[] master = masterKey.copyBytes();
        try {
            String wrap = Base64.getEncoder().encodeToString(AesGcm.seal(wrapKey, master, next.passphraseContext()));
            return new Keyring(format, vaultId, createdAt, newKdf, wrap, recoveryWrap, mfaEnabled);
        } finally {
            Wipe.bytes(wrapKey, master);
        }
    }

    public Keyring withMfaEnabled(boolean enabled) {
        return new Keyring(format, vaultId, createdAt, kdf, passphraseWrap, recoveryWrap, enabled);
    }

    /** Runs Argon2id and opens the passphrase wrap; a wrong passphrase fails the GCM tag. */
    public MasterKey unwrapWithPassphrase(char[] passphrase) throws AEADBadTagException {
        byte[] wrapKey = Argon2id.derive(passphrase, kdf.saltBytes(), kdf.parameters());
        try {
            return unwrap(wrapKey, passphraseWrap, passphraseContext());
        } finally {
            Wipe.bytes(wrapKey);
        }
    }

    public MasterKey unwrapWithRecoveryKey(RecoveryKey recoveryKey) throws AEADBadTagException {
        byte[] wrapKey = recoveryKey.wrapKey();
        try {
            return unwrap(wrapKey, recoveryWrap, recoveryContext());
        } finally {
            Wipe.bytes(wrapKey);
        }
    }

    private static MasterKey unwrap(byte[] wrapKey, String wrapped, byte[] context) throws AEADBadTagException {
        byte[] master = AesGcm.open(wrapKey, Base64.getDecoder().decode(wrapped), context);
        try {
            return MasterKey.copyOf(master);
        } finally {
            Wipe.bytes(master);
        }
    }

    private byte[] passphraseContext() {
        return ("nest-egg/keyring/v" + format + "/passphrase/" + vaultId + "/" + kdf.algorithm() + "/" + kdf.memoryKiB()
                        + "/" + kdf.iterations() + "/" + kdf.parallelism() + "/" + kdf.salt())
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] recoveryContext() {
        return ("nest-egg/keyring/v" + format + "/recovery/" + vaultId).getBytes(StandardCharsets.UTF_8);
    }
}
