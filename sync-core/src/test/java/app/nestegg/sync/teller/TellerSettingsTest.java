package app.nestegg.sync.teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.teller.TellerSetupException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TellerSettingsTest {
    private static FakeTellerCertificates certificates;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCertificates() {
        certificates = FakeTellerCertificates.create();
    }

    @Test
    void nothingSetMeansSandboxAtTellersAddressWithoutCertificate() {
        TellerSettings settings = TellerSettings.fromEnvironment(Map.of());

        assertThat(settings.baseUrl()).isEqualTo("https://api.teller.io");
        assertThat(settings.environment()).isEqualTo(TellerEnvironment.SANDBOX);
        assertThat(settings.identity()).isNull();
        assertThat(settings.applicationId()).isNull();
    }

    @Test
    void pemPairAndOtherVariablesAreRead() throws Exception {
        Path cert = dir.resolve("certificate.pem");
        Path key = dir.resolve("private_key.pem");
        FakeTellerCertificates.writePem(certificates.client(), cert, key);

        TellerSettings settings = TellerSettings.fromEnvironment(Map.of(
                "TELLER_CERT_PATH", cert.toString(),
                "TELLER_KEY_PATH", key.toString(),
                "TELLER_BASE_URL", "https://localhost:8443/",
                "TELLER_APPLICATION_ID", "app_pq72a00000",
                "TELLER_ENV", "Development"));

        assertThat(settings.identity()).isEqualTo(new TellerIdentity.PemFiles(cert, key));
        assertThat(settings.baseUrl()).isEqualTo("https://localhost:8443");
        assertThat(settings.applicationId()).isEqualTo("app_pq72a00000");
        assertThat(settings.environment()).isEqualTo(TellerEnvironment.DEVELOPMENT);
    }

    @Test
    void pkcs12PasswordNeverShowsInText() throws Exception {
        Path file = dir.resolve("teller.p12");
        FakeTellerCertificates.writePkcs12(certificates.client(), file, "s3cret-pass".toCharArray());

        TellerSettings settings = TellerSettings.fromEnvironment(
                Map.of("TELLER_PKCS12_PATH", file.toString(), "TELLER_PKCS12_PASSWORD", "s3cret-pass"));

        assertThat(settings.identity()).isInstanceOf(TellerIdentity.Pkcs12File.class);
        assertThat(settings.toString()).doesNotContain("s3cret").contains("hidden");
    }

    @Test
    void plainHttpBaseUrlToAnotherHostIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> TellerSettings.fromEnvironment(Map.of("TELLER_BASE_URL", "http://api.teller.io")))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_SETTING))
                .hasMessageContaining("TELLER_BASE_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TELLER_CERT_PATH", "TELLER_KEY_PATH"})
    void halfAPemPairNamesTheMissingVariable(String given) throws Exception {
        Path file =
                Files.writeString(dir.resolve("one.pem"), certificates.client().certificatePem());
        String missing = given.equals("TELLER_CERT_PATH") ? "TELLER_KEY_PATH" : "TELLER_CERT_PATH";

        assertThatThrownBy(() -> TellerSettings.fromEnvironment(Map.of(given, file.toString())))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MISSING))
                .hasMessageContaining(missing + " is not set");
    }

    @Test
    void absentFileNamesVariableAndPath() throws Exception {
        Path key =
                Files.writeString(dir.resolve("key.pem"), certificates.client().privateKeyPkcs8Pem());
        Path absent = dir.resolve("nowhere.pem");

        assertThatThrownBy(() -> TellerSettings.fromEnvironment(
                        Map.of("TELLER_CERT_PATH", absent.toString(), "TELLER_KEY_PATH", key.toString())))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MISSING))
                .hasMessageContaining("TELLER_CERT_PATH")
                .hasMessageContaining(absent.toString());
    }

    @Test
    void malformedKeyFileNamesVariableAndPath() throws Exception {
        Path cert =
                Files.writeString(dir.resolve("cert.pem"), certificates.client().certificatePem());
        Path key = Files.writeString(dir.resolve("key.pem"), "not a key at all");

        assertThatThrownBy(() -> TellerSettings.fromEnvironment(
                        Map.of("TELLER_CERT_PATH", cert.toString(), "TELLER_KEY_PATH", key.toString())))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED))
                .hasMessageContaining("TELLER_KEY_PATH")
                .hasMessageContaining(key.toString());
    }

    @Test
    void wrongPkcs12PasswordNamesTheVariable() throws Exception {
        Path file = dir.resolve("teller.p12");
        FakeTellerCertificates.writePkcs12(certificates.client(), file, "right".toCharArray());

        assertThatThrownBy(() -> TellerSettings.fromEnvironment(
                        Map.of("TELLER_PKCS12_PATH", file.toString(), "TELLER_PKCS12_PASSWORD", "wrong")))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSWORD))
                .hasMessageContaining("TELLER_PKCS12_PATH")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void liveEnvironmentWithoutCertificateIsRefused() {
        assertThatThrownBy(() -> TellerSettings.fromEnvironment(Map.of("TELLER_ENV", "production")))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MISSING))
                .hasMessageContaining("TELLER_CERT_PATH");
    }

    @Test
    void unknownEnvironmentIsNamed() {
        assertThatThrownBy(() -> TellerSettings.fromEnvironment(Map.of("TELLER_ENV", "staging")))
                .isInstanceOf(TellerSetupException.class)
                .hasMessageContaining("TELLER_ENV")
                .hasMessageContaining("sandbox, development or production");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app_\"+alert(1)+\"", "app id", "app_</script>"})
    void applicationIdThatCouldBreakThePageIsRefused(String id) {
        assertThatThrownBy(() -> TellerSettings.fromEnvironment(Map.of("TELLER_APPLICATION_ID", id)))
                .isInstanceOfSatisfying(
                        TellerSetupException.class, e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_SETTING));
    }
}
