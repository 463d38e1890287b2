package app.nestegg.vault.bank;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.ledger.LedgerFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderCredentialsTest {

    static final String SECRET = "plaid-secret-4b7e9a0c-never-in-clear";

    @TempDir
    Path folder;

    LedgerFixture fx;
    ProviderCredentials credentials;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        credentials = fx.ledger.providerCredentials();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void savedValuesComeBackPerProviderAndBlanksAreLeftOut() {
        Map<String, String> plaid = new HashMap<>();
        plaid.put("client_id", " 64f0c0ffee ");
        plaid.put("secret", SECRET);
        plaid.put("base_url", "  ");
        plaid.put("environment", null);
        credentials.save(BankProviderKind.PLAID, plaid);
        credentials.save(BankProviderKind.TELLER, Map.of("cert_path", "/home/a/teller/certificate.pem"));

        assertThat(credentials.load(BankProviderKind.PLAID))
                .containsExactlyInAnyOrderEntriesOf(Map.of("client_id", "64f0c0ffee", "secret", SECRET));
        assertThat(credentials.load(BankProviderKind.TELLER))
                .containsEntry("cert_path", "/home/a/teller/certificate.pem");
    }

    @Test
    void savingAgainReplacesAndClearingForgets() {
        credentials.save(BankProviderKind.PLAID, Map.of("client_id", "old", "secret", SECRET));
        credentials.save(BankProviderKind.PLAID, Map.of("client_id", "new"));

        assertThat(credentials.load(BankProviderKind.PLAID)).isEqualTo(Map.of("client_id", "new"));
        credentials.clear(BankProviderKind.PLAID);
        assertThat(credentials.load(BankProviderKind.PLAID)).isEmpty();
        assertThat(credentials.load(BankProviderKind.TELLER)).isEmpty();
    }

    @Test
    void theSecretIsInNeitherTheChangeLogNorTheDatabaseFile() throws IOException {
        credentials.save(BankProviderKind.PLAID, Map.of("client_id", "id", "secret", SECRET));
        int entries = fx.session.database().read(dsl -> dsl.fetchCount(CHANGE_LOG));
        boolean logged = fx.session
                .database()
                .read(dsl -> dsl.selectFrom(CHANGE_LOG).fetch(CHANGE_LOG.CHANGED_COLUMNS).stream()
                        .anyMatch(columns -> columns.contains(SECRET) || columns.contains("provider_credentials")));
        fx.close();

        assertThat(logged).as("in the change log (of %d entries)", entries).isFalse();
        assertThat(new String(Files.readAllBytes(folder.resolve("vault/vault.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain(SECRET);
    }

    @Test
    void aSettingWithoutANameOrTooLongIsRefusedNamingIt() {
        assertThatThrownBy(() -> credentials.save(BankProviderKind.PLAID, Map.of(" ", "x")))
                .isInstanceOf(BankConnectionException.class)
                .hasMessageContaining("PLAID setting has no name");
        assertThatThrownBy(() -> credentials.save(BankProviderKind.TELLER, Map.of("key_path", "k".repeat(5000))))
                .isInstanceOf(BankConnectionException.class)
                .hasMessageContaining("TELLER setting key_path");
        assertThat(credentials.load(BankProviderKind.TELLER)).isEmpty();
    }
}
