package app.nestegg.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.bank.ProviderCredentials;
import app.nestegg.vault.ledger.LedgerFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderSetupTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    ProviderCredentials stored;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        stored = fx.ledger.providerCredentials();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void settingsAreUsedAndANonBlankEnvironmentVariableWins() {
        stored.save(
                BankProviderKind.PLAID,
                Map.of("PLAID_CLIENT_ID", "from-settings", "PLAID_SECRET", "settings-secret", "PLAID_ENV", "sandbox"));
        ProviderSetup setup = new ProviderSetup(
                stored, Map.of("PLAID_SECRET", "environment-secret", "PLAID_ENV", " ", "TELLER_ENV", "sandbox"));

        assertThat(setup.effective(BankProviderKind.PLAID))
                .containsEntry("PLAID_CLIENT_ID", "from-settings")
                .containsEntry("PLAID_SECRET", "environment-secret")
                .containsEntry("PLAID_ENV", "sandbox")
                .doesNotContainKey("TELLER_ENV");
        assertThat(setup.plaidSettings().environment()).isEqualTo(PlaidEnvironment.SANDBOX);
        assertThat(setup.configured(BankProviderKind.TELLER)).isTrue();
    }

    @Test
    void nothingSetIsReportedByTheVariableThatIsMissing() {
        ProviderSetup setup = new ProviderSetup(stored, Map.of());

        assertThat(setup.configured(BankProviderKind.PLAID)).isFalse();
        assertThatThrownBy(setup::plaidSettings).hasMessageContaining("PLAID_CLIENT_ID");
    }
}
