package app.nestegg.sync.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://sandbox.plaid.com", "https://api.teller.io/", "https://proxy.example:8443/plaid"})
    void acceptsHttpsAnywhere(String url) {
        assertThat(BaseUrls.checked(url, "PLAID_BASE_URL"))
                .startsWith("https://")
                .doesNotEndWith("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9000/", "http://[::1]:7000"})
    void acceptsPlainHttpOnlyToThisComputer(String url) {
        assertThat(BaseUrls.checked(url, "PLAID_BASE_URL")).startsWith("http://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://sandbox.plaid.com", "http://192.168.1.10:8080", "ftp://localhost", "localhost:80"})
    void refusesPlainHttpElsewhereNamingTheSource(String url) {
        assertThatThrownBy(() -> BaseUrls.checked(url, "TELLER_BASE_URL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("TELLER_BASE_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "https://", "https://user:pw@host.example", "https://host.example/?x=1"})
    void refusesWhatIsNotAPlainBaseUrl(String url) {
        assertThatThrownBy(() -> BaseUrls.checked(url, "Settings → Plaid base URL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Settings → Plaid base URL");
    }

    @org.junit.jupiter.api.Test
    void tokensAndCursorsNeverPrintTheirValue() {
        assertThat(new AccessToken("access-sandbox-secret").toString()).doesNotContain("secret");
        assertThat(new SyncCursor("opaque-position").toString()).doesNotContain("opaque");
    }
}
