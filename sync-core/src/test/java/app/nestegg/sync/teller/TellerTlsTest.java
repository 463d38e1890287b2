package app.nestegg.sync.teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.teller.TellerSetupException.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.tls.HeldCertificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptor;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TellerTlsTest {
    private static FakeTellerCertificates certificates;
    private static HeldCertificate ecClient;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCertificates() {
        certificates = FakeTellerCertificates.create();
        ecClient = FakeTellerCertificates.clientSignedBy(certificates.authority(), false);
    }

    static Stream<Arguments> keyFormats() {
        return Stream.of(
                Arguments.of(
                        "RSA PKCS#8", (Function<HeldCertificate, String>) HeldCertificate::privateKeyPkcs8Pem, true),
                Arguments.of(
                        "RSA PKCS#1", (Function<HeldCertificate, String>) HeldCertificate::privateKeyPkcs1Pem, true),
                Arguments.of(
                        "EC PKCS#8", (Function<HeldCertificate, String>) HeldCertificate::privateKeyPkcs8Pem, false),
                Arguments.of("EC SEC 1", (Function<HeldCertificate, String>) TellerTlsTest::sec1Pem, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyFormats")
    void pemPairBecomesOneKeyEntryWithItsChain(String format, Function<HeldCertificate, String> keyPem, boolean rsa)
            throws Exception {
        HeldCertificate held = rsa ? certificates.client() : ecClient;
        Path cert = write(
                "cert.pem", held.certificatePem() + certificates.authority().certificatePem());
        Path key = write("key.pem", keyPem.apply(held));

        TellerTls.ClientKeys keys = TellerTls.clientKeyStore(new TellerIdentity.PemFiles(cert, key));

        KeyStore store = keys.store();
        String alias = store.aliases().nextElement();
        assertThat(store.isKeyEntry(alias)).isTrue();
        assertThat(store.getCertificateChain(alias)).hasSize(2);
        assertThat(store.getCertificateChain(alias)[0]).isEqualTo(held.certificate());
    }

    @Test
    void encryptedPemKeyIsRefusedWithAHint() throws Exception {
        Path cert = write("cert.pem", ecClient.certificatePem());
        Path key = write(
                "key.pem",
                pem(
                        ecClient,
                        new JcePEMEncryptorBuilder("AES-256-CBC")
                                .setProvider(new BouncyCastleProvider())
                                .build("pw".toCharArray())));

        assertThatThrownBy(() -> TellerTls.create(new TellerIdentity.PemFiles(cert, key)))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED))
                .hasMessageContaining("encrypted");
    }

    /** An EC key as {@code openssl ec} writes it: SEC 1 with its curve named inside. */
    private static String sec1Pem(HeldCertificate held) {
        PrivateKeyInfo info =
                PrivateKeyInfo.getInstance(held.keyPair().getPrivate().getEncoded());
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            ECPrivateKey inner = ECPrivateKey.getInstance(info.parsePrivateKey());
            ECPrivateKey sec1 = new ECPrivateKey(
                    256, inner.getKey(), info.getPrivateKeyAlgorithm().getParameters());
            writer.writeObject(new PemObject("EC PRIVATE KEY", sec1.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The key in OpenSSL's traditional form, encrypted by {@code encryptor}. */
    private static String pem(HeldCertificate held, PEMEncryptor encryptor) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(new JcaMiscPEMGenerator(held.keyPair().getPrivate(), encryptor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Test
    void keyOfAnotherCertificateIsRefused() throws Exception {
        Path cert = write("cert.pem", certificates.client().certificatePem());
        Path key = write("key.pem", ecClient.privateKeyPkcs8Pem());

        assertThatThrownBy(() -> TellerTls.create(new TellerIdentity.PemFiles(cert, key)))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.KEY_MISMATCH))
                .hasMessageContaining("does not belong to the certificate");
    }

    @Test
    void pkcs12FileOpensWithItsPassword() throws Exception {
        Path file = dir.resolve("client.p12");
        FakeTellerCertificates.writePkcs12(certificates.client(), file, "correct horse".toCharArray());

        TellerTls.ClientKeys keys =
                TellerTls.clientKeyStore(new TellerIdentity.Pkcs12File(file, "correct horse".toCharArray()));

        assertThat(keys.store().size()).isEqualTo(1);
    }

    @Test
    void wrongPkcs12PasswordIsNamedAndNotShown() throws Exception {
        Path file = dir.resolve("client.p12");
        FakeTellerCertificates.writePkcs12(certificates.client(), file, "correct horse".toCharArray());

        assertThatThrownBy(() -> TellerTls.create(new TellerIdentity.Pkcs12File(file, "battery staple".toCharArray())))
                .isInstanceOfSatisfying(TellerSetupException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSWORD);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageContaining(file.toString())
                .hasMessageNotContaining("battery");
    }

    @Test
    void textThatIsNoCertificateIsMalformed() throws Exception {
        Path cert = write("cert.pem", "this is not a certificate\n");
        Path key = write("key.pem", certificates.client().privateKeyPkcs8Pem());

        assertThatThrownBy(() -> TellerTls.create(new TellerIdentity.PemFiles(cert, key)))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED))
                .hasMessageContaining("holds no PEM certificate")
                .hasMessageContaining(cert.toString());
    }

    @Test
    void keyFileWithoutAKeyIsMalformed() throws Exception {
        Path cert = write("cert.pem", certificates.client().certificatePem());
        Path key = write("key.pem", certificates.client().certificatePem());

        assertThatThrownBy(() -> TellerTls.create(new TellerIdentity.PemFiles(cert, key)))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.file()).isEqualTo(key))
                .hasMessageContaining("holds no private key");
    }

    @Test
    void brokenBase64IsMalformedNotACrash() throws Exception {
        Path cert = write("cert.pem", "-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n");
        Path key = write("key.pem", certificates.client().privateKeyPkcs8Pem());

        assertThatThrownBy(() -> TellerTls.create(new TellerIdentity.PemFiles(cert, key)))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    }

    @Test
    void missingFileIsNamed() {
        Path absent = dir.resolve("absent.p12");

        assertThatThrownBy(() -> TellerTls.create(new TellerIdentity.Pkcs12File(absent, new char[0])))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MISSING))
                .hasMessageContaining(absent.toString());
    }

    @Test
    void withoutIdentityOnlyTrustIsSetUp() {
        TellerTls tls = TellerTls.create(null, List.of(certificates.authorityCertificate()));

        assertThat(tls.trustManager().getAcceptedIssuers()).contains(certificates.authorityCertificate());
    }

    @Test
    void systemTrustAloneDoesNotTrustTheTestAuthority() {
        TellerTls tls = TellerTls.create(null);

        assertThat(tls.trustManager().getAcceptedIssuers()).doesNotContain(certificates.authorityCertificate());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.US_ASCII);
    }
}
