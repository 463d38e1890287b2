package app.nestegg.sync.teller;

import app.nestegg.vault.Secret;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/** The client certificate and private key Teller issued to the application, as files on this computer. */
public sealed interface TellerIdentity {

    /**
     * A PEM pair as in Teller's {@code teller.zip}: the certificate (chain) file and the private key file (PKCS#8, or
     * PKCS#1 RSA / SEC 1 EC, unencrypted).
     */
    record PemFiles(Path certificate, Path privateKey) implements TellerIdentity {
        public PemFiles {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(privateKey, "privateKey");
        }
    }

    /**
     * A PKCS#12 file holding the key and its certificate chain, and the password that opens it. {@link #toString()}
     * hides the password; {@link #wipe()} clears it when it is no longer needed.
     */
    record Pkcs12File(Path file, char[] password) implements TellerIdentity {
        public Pkcs12File {
            Objects.requireNonNull(file, "file");
            password = password == null ? new char[0] : password.clone();
        }

        @Override
        public char[] password() {
            return password.clone();
        }

        /** Overwrites the stored password. */
        public void wipe() {
            Arrays.fill(password, '\0');
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pkcs12File that && file.equals(that.file) && Arrays.equals(password, that.password);
        }

        @Override
        public int hashCode() {
            return file.hashCode();
        }

        @Override
        public String toString() {
            return "Pkcs12File[file=" + file + ", password=" + Secret.MASK + "]";
        }
    }
}
