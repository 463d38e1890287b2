package app.nestegg.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaidSettingsTest {

    private static Map<String, String> variables(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void sandboxIsTheDefaultAndItsHostTheBaseUrl() {
        PlaidSettings settings =
                PlaidSettings.fromEnvironment(variables("PLAID_CLIENT_ID", "cid", "PLAID_SECRET", "sec"));

        assertThat(settings.environment()).isEqualTo(PlaidEnvironment.SANDBOX);
        assertThat(settings.baseUrl()).isEqualTo("https://sandbox.plaid.com");
        assertThat(settings.clientId()).isEqualTo("cid");
        assertThat(settings.secret().reveal()).isEqualTo("sec");
    }

    @Test
    void productionAndABaseUrlOverride() {
        PlaidSettings production = PlaidSettings.fromEnvironment(
                variables("PLAID_CLIENT_ID", "cid", "PLAID_SECRET", "sec", "PLAID_ENV", " Production "));
        PlaidSettings local = PlaidSettings.fromEnvironment(
                variables("PLAID_CLIENT_ID", "cid", "PLAID_SECRET", "sec", "PLAID_BASE_URL", "http://127.0.0.1:8080/"));

        assertThat(production.baseUrl()).isEqualTo("https://production.plaid.com");
        assertThat(local.baseUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(local.environment()).isEqualTo(PlaidEnvironment.SANDBOX);
    }

    @Test
    void eachMissingOrWrongVariableIsNamed() {
        assertThatThrownBy(() -> PlaidSettings.fromEnvironment(variables("PLAID_SECRET", "s")))
                .hasMessageStartingWith("PLAID_CLIENT_ID");
        assertThatThrownBy(() -> PlaidSettings.fromEnvironment(variables("PLAID_CLIENT_ID", "c", "PLAID_SECRET", " ")))
                .hasMessageStartingWith("PLAID_SECRET");
        assertThatThrownBy(() -> PlaidSettings.fromEnvironment(
                        variables("PLAID_CLIENT_ID", "c", "PLAID_SECRET", "s", "PLAID_ENV", "development")))
                .hasMessage("PLAID_ENV must be sandbox or production, not 'development'");
        assertThatThrownBy(() -> PlaidSettings.fromEnvironment(variables(
                        "PLAID_CLIENT_ID", "c", "PLAID_SECRET", "s", "PLAID_BASE_URL", "http://plaid.example")))
                .hasMessageStartingWith("PLAID_BASE_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sandbox", "SANDBOX", "production"})
    void environmentsParseInAnyCase(String text) {
        assertThat(PlaidEnvironment.parse(text, "PLAID_ENV").code()).isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void theSecretIsNeverPrinted() {
        PlaidSettings settings = new PlaidSettings(PlaidEnvironment.SANDBOX, "cid", "very-secret-value");

        assertThat(settings.toString()).contains("cid").doesNotContain("very-secret-value");
        assertThat(new PublicToken("public-sandbox-abc").toString()).doesNotContain("abc");
    }
}
