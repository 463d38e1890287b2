package app.nestegg.sync.fake.teller;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import okhttp3.tls.HeldCertificate;

/**
 * A test certificate authority with a server certificate for localhost and a client certificate signed by it, as
 * Teller issues one per application. Generated fresh for each test class; none of it is a real secret.
 */
public final class FakeTellerCertificates {
    private final HeldCertificate authority;
    private final HeldCertificate server;
    private final HeldCertificate client;

    private FakeTellerCertificates(HeldCertificate authority, HeldCertificate server, HeldCertificate client) {
        this.authority = authority;
        this.server = server;
        this.client = client;
    }

    public static FakeTellerCertificates create() {
        HeldCertificate authority = new HeldCertificate.Builder()
                .commonName("Fake Teller test CA")
                .certificateAuthority(0)
                .ecdsa256()
                .build();
        HeldCertificate server = new HeldCertificate.Builder()
                .commonName("localhost")
                .addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1")
                .signedBy(authority)
                .ecdsa256()
                .build();
        return new FakeTellerCertificates(authority, server, clientSignedBy(authority, true));
    }

    /** A client certificate signed by {@code authority}, with an RSA key (for PKCS#1 files) or an EC key. */
    public static HeldCertificate clientSignedBy(HeldCertificate authority, boolean rsa) {
        HeldCertificate.Builder builder =
                new HeldCertificate.Builder().commonName("app_nestegg_test").signedBy(authority);
        return (rsa ? builder.rsa2048() : builder.ecdsa256()).build();
    }

    public HeldCertificate authority() {
        return authority;
    }

    public HeldCertificate server() {
        return server;
    }

    public HeldCertificate client() {
        return client;
    }

    public X509Certificate authorityCertificate() {
        return authority.certificate();
    }

    /** Writes the certificate PEM to {@code certificate} and the PKCS#8 key PEM to {@code key}. */
    public static void writePem(HeldCertificate held, Path certificate, Path key) throws IOException {
        Files.writeString(certificate, held.certificatePem(), StandardCharsets.US_ASCII);
        Files.writeString(key, held.privateKeyPkcs8Pem(), StandardCharsets.US_ASCII);
    }

    /** Writes the key and certificate as a PKCS#12 file opened by {@code password}. */
    public static void writePkcs12(HeldCertificate held, Path file, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("client", held.keyPair().getPrivate(), password, new X509Certificate[] {held.certificate()});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
    }
}
