package app.nestegg.desktop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.vault.bank.BankProviderKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CredentialsViewModelTest {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private int saved;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private CredentialsViewModel credentials() {
        CredentialsViewModel credentials = new CredentialsViewModel(
                new BankAccess(kit.session, Map.of(), kit.vaults.clock()),
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                () -> saved++);
        credentials.load();
        return credentials;
    }

    private void type(CredentialsViewModel credentials, String secret) {
        FakePlaidServer fake = plaid.server();
        credentials.plaidClientIdProperty().set(FakePlaidServer.CLIENT_ID);
        credentials.plaidSecretProperty().set(secret);
        credentials.plaidEnvironmentProperty().set(PlaidEnvironment.SANDBOX);
        credentials.plaidBaseUrlProperty().set(fake.baseUrl());
    }

    @Test
    void keysPlaidRefusesAreShownWithItsMessageAndNothingIsStored() {
        CredentialsViewModel credentials = credentials();
        type(credentials, "not-the-right-secret");

        credentials.savePlaid();

        assertThat(credentials.errorProperty().get())
                .startsWith("The provider refused:")
                .contains("invalid client_id or secret provided")
                .doesNotContain("not-the-right-secret");
        assertThat(credentials.statusProperty().get()).isEmpty();
        assertThat(kit.ledger.providerCredentials().load(BankProviderKind.PLAID))
                .isEmpty();
        assertThat(saved).isZero();
    }

    @Test
    void keysThatWorkAreStoredUnderTheVariableNamesAndTheSecretShowsOnlyAsSaved() {
        CredentialsViewModel credentials = credentials();
        type(credentials, FakePlaidServer.SECRET);

        credentials.savePlaid();

        assertThat(credentials.errorProperty().get()).isEmpty();
        assertThat(credentials.statusProperty().get()).isEqualTo("The Plaid keys work and are saved (sandbox).");
        assertThat(kit.ledger.providerCredentials().load(BankProviderKind.PLAID))
                .containsEntry(PlaidSettings.CLIENT_ID_VARIABLE, FakePlaidServer.CLIENT_ID)
                .containsEntry(PlaidSettings.SECRET_VARIABLE, FakePlaidServer.SECRET)
                .containsEntry(PlaidSettings.ENVIRONMENT_VARIABLE, "sandbox")
                .containsEntry(PlaidSettings.BASE_URL_VARIABLE, plaid.server().baseUrl());
        assertThat(credentials.plaidSecretProperty().get()).isEmpty();
        assertThat(saved).isEqualTo(1);

        CredentialsViewModel again = credentials();
        assertThat(again.plaidClientIdProperty().get()).isEqualTo(FakePlaidServer.CLIENT_ID);
        assertThat(again.plaidBaseUrlProperty().get()).isEqualTo(plaid.server().baseUrl());
        assertThat(again.plaidSecretProperty().get()).isEmpty();
        assertThat(again.plaidSecretSavedProperty().get()).isTrue();
    }

    @Test
    void anEmptySecretFieldKeepsTheSavedSecret() {
        CredentialsViewModel credentials = credentials();
        type(credentials, FakePlaidServer.SECRET);
        credentials.savePlaid();

        CredentialsViewModel again = credentials();
        again.savePlaid();

        assertThat(again.errorProperty().get()).isEmpty();
        assertThat(kit.ledger.providerCredentials().load(BankProviderKind.PLAID))
                .containsEntry(PlaidSettings.SECRET_VARIABLE, FakePlaidServer.SECRET);
    }

    @Test
    void aMissingSecretIsNamedAndNothingIsStored() {
        CredentialsViewModel credentials = credentials();
        type(credentials, "");

        credentials.savePlaid();

        assertThat(credentials.errorProperty().get()).contains("PLAID_SECRET is not set");
        assertThat(kit.ledger.providerCredentials().load(BankProviderKind.PLAID))
                .isEmpty();
    }

    @Test
    void tellerCertificateFilesThatCannotBeReadAreRefusedAndNothingIsStored() {
        CredentialsViewModel credentials = credentials();
        credentials.tellerApplicationIdProperty().set("app_test");
        credentials
                .tellerCertPathProperty()
                .set(root.resolve("missing-cert.pem").toString());
        credentials.tellerKeyPathProperty().set(root.resolve("missing-key.pem").toString());

        credentials.saveTeller();

        assertThat(credentials.errorProperty().get()).isNotEmpty();
        assertThat(credentials.statusProperty().get()).isEmpty();
        assertThat(kit.ledger.providerCredentials().load(BankProviderKind.TELLER))
                .isEmpty();
    }
}
