package app.nestegg.sync.teller;

import app.nestegg.sync.teller.TellerSetupException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TLS side of Teller: the application's client certificate for mutual TLS, and the certificate authorities the
 * server must chain to (the system's, plus any given for a test server). Verification is never switched off.
 */
public final class TellerTls {
    private static final Logger LOG = LoggerFactory.getLogger(TellerTls.class);
    private static final String ALIAS = "teller-client";

    private final SSLSocketFactory socketFactory;
    private final X509TrustManager trustManager;

    private TellerTls(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
        this.socketFactory = socketFactory;
        this.trustManager = trustManager;
    }

    /** The client certificate of {@code identity} (none when null) and the system's certificate authorities. */
    public static TellerTls create(TellerIdentity identity) {
        return create(identity, List.of());
    }

    /**
     * The client certificate of {@code identity} (none when null), trusting the system's certificate authorities and
     * {@code extraTrusted} as well (a local test server's authority).
     *
     * @throws TellerSetupException when the files cannot be read or do not belong together
     */
    public static TellerTls create(TellerIdentity identity, List<X509Certificate> extraTrusted) {
        try {
            KeyManagerFactory keys = null;
            if (identity != null) {
                ClientKeys client = clientKeyStore(identity);
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(client.store(), client.password());
                Arrays.fill(client.password(), '\0');
            }
            X509TrustManager trust = trustManager(extraTrusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), new TrustManager[] {trust}, null);
            return new TellerTls(context.getSocketFactory(), trust);
        } catch (GeneralSecurityException | IOException e) {
            throw new TellerSetupException(Problem.MALFORMED, null, "cannot set up TLS: " + e.getMessage(), e);
        }
    }

    public SSLSocketFactory socketFactory() {
        return socketFactory;
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    /** A key store in memory holding the identity's key and chain under one entry, and the password of that entry. */
    record ClientKeys(KeyStore store, char[] password) {}

    /**
     * Reads the identity's files into a key store and checks that the key belongs to the certificate.
     *
     * @throws TellerSetupException naming the file at fault
     */
    static ClientKeys clientKeyStore(TellerIdentity identity) {
        return switch (identity) {
            case TellerIdentity.PemFiles pem -> {
                List<X509Certificate> chain = readCertificates(pem.certificate());
                PrivateKey key = readPrivateKey(pem.privateKey());
                yield inMemory(key, chain, null);
            }
            case TellerIdentity.Pkcs12File pkcs12 -> readPkcs12(pkcs12);
        };
    }

    private static List<X509Certificate> readCertificates(Path file) {
        List<X509Certificate> chain = new ArrayList<>();
        try (PEMParser parser = new PEMParser(reader(file))) {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof X509CertificateHolder holder) {
                    chain.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw readFailure(file, "the certificate file", "valid PEM", e);
        }
        if (chain.isEmpty()) {
            throw new TellerSetupException(
                    Problem.MALFORMED, file, "the certificate file " + file + " holds no PEM certificate", null);
        }
        return chain;
    }

    private static PrivateKey readPrivateKey(Path file) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(reader(file))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                switch (item) {
                    case PEMKeyPair pair -> {
                        // A SEC 1 EC key may omit its public half, so only the private part is converted.
                        return converter.getPrivateKey(pair.getPrivateKeyInfo());
                    }
                    case PrivateKeyInfo info -> {
                        return converter.getPrivateKey(info);
                    }
                    case PEMEncryptedKeyPair ignored -> throw encrypted(file);
                    case PKCS8EncryptedPrivateKeyInfo ignored -> throw encrypted(file);
                    default -> {
                        // EC parameters and certificates may share the file; skip them.
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw readFailure(file, "the key file", "a valid PEM key", e);
        }
        throw new TellerSetupException(Problem.MALFORMED, file, "the key file " + file + " holds no private key", null);
    }

    private static TellerSetupException encrypted(Path file) {
        return new TellerSetupException(
                Problem.MALFORMED,
                file,
                "the key file " + file + " is encrypted; give the unencrypted key Teller issued, or a PKCS#12 file",
                null);
    }

    private static ClientKeys readPkcs12(TellerIdentity.Pkcs12File pkcs12) {
        Path file = pkcs12.file();
        char[] password = pkcs12.password();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate certificate : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) certificate);
                    }
                    return inMemory(key, chain, file);
                }
            }
            throw new TellerSetupException(
                    Problem.MALFORMED, file, "the PKCS#12 file " + file + " holds no private key", null);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw wrongPassword(file, e);
            }
            throw readFailure(file, "the PKCS#12 file", "a PKCS#12 file", e);
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(file, e);
        } catch (GeneralSecurityException e) {
            throw new TellerSetupException(
                    Problem.MALFORMED, file, "the PKCS#12 file " + file + " cannot be read: " + reason(e), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static TellerSetupException readFailure(Path file, String what, String expected, Exception e) {
        return switch (e) {
            case TellerSetupException setup -> setup;
            case NoSuchFileException missing ->
                new TellerSetupException(Problem.MISSING, file, what + " " + file + " does not exist", e);
            case AccessDeniedException denied ->
                new TellerSetupException(
                        Problem.UNREADABLE, file, what + " " + file + " cannot be read by this user", e);
            default ->
                new TellerSetupException(
                        Problem.MALFORMED, file, what + " " + file + " is not " + expected + ": " + reason(e), e);
        };
    }

    private static TellerSetupException wrongPassword(Path file, Exception cause) {
        return new TellerSetupException(
                Problem.WRONG_PASSWORD, file, "the password does not open the PKCS#12 file " + file, cause);
    }

    /** @param file the single file holding both, or null for a PEM pair */
    private static ClientKeys inMemory(PrivateKey key, List<X509Certificate> chain, Path file) {
        checkKeyMatches(key, chain.getFirst(), file);
        char[] password = new char[24];
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, chain.toArray(X509Certificate[]::new));
            LOG.debug(
                    "Teller client certificate {} valid until {}",
                    chain.getFirst().getSubjectX500Principal().getName(),
                    chain.getFirst().getNotAfter().toInstant());
            return new ClientKeys(store, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new TellerSetupException(Problem.MALFORMED, file, "cannot hold the client key: " + reason(e), e);
        }
    }

    private static void checkKeyMatches(PrivateKey key, X509Certificate certificate, Path file) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> null;
        };
        String where = file == null ? "the key file" : "the key in " + file;
        if (algorithm == null) {
            throw new TellerSetupException(
                    Problem.MALFORMED,
                    file,
                    where + " is a " + key.getAlgorithm() + " key, which is not supported",
                    null);
        }
        byte[] probe = "nest-egg teller key check".getBytes(StandardCharsets.US_ASCII);
        boolean matches;
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            matches = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            matches = false;
        }
        if (!matches) {
            throw new TellerSetupException(
                    Problem.KEY_MISMATCH,
                    file,
                    where + " does not belong to the certificate for "
                            + certificate.getSubjectX500Principal().getName(),
                    null);
        }
    }

    private static X509TrustManager trustManager(List<X509Certificate> extraTrusted)
            throws GeneralSecurityException, IOException {
        X509TrustManager system = firstX509(null);
        if (extraTrusted.isEmpty()) {
            return system;
        }
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        X509Certificate[] systemIssuers = system.getAcceptedIssuers();
        for (int i = 0; i < systemIssuers.length; i++) {
            anchors.setCertificateEntry("system-" + i, systemIssuers[i]);
        }
        for (int i = 0; i < extraTrusted.size(); i++) {
            anchors.setCertificateEntry("extra-" + i, extraTrusted.get(i));
        }
        return firstX509(anchors);
    }

    private static X509TrustManager firstX509(KeyStore anchors) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available");
    }

    private static Reader reader(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.US_ASCII);
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
