package app.nestegg.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {

    private static final String TOKEN = "access-sandbox-0c6b4f6e-known";

    @Test
    void printsAsTheMaskWhereverItIsFormatted() {
        Secret secret = Secret.of(TOKEN, "an access token");
        record Holder(String name, Secret secret) {}

        assertThat(secret.toString()).isEqualTo("[hidden]");
        assertThat(String.valueOf(new Holder("bank", secret)))
                .doesNotContain(TOKEN)
                .contains("[hidden]");
        assertThat(String.format("token %s", secret)).isEqualTo("token [hidden]");
        assertThat(new IllegalStateException("failed with " + secret).getMessage())
                .doesNotContain(TOKEN);
    }

    @Test
    void revealGivesTheTextAndEqualityFollowsIt() {
        assertThat(Secret.of(TOKEN, "a token").reveal()).isEqualTo(TOKEN);
        assertThat(Secret.of(TOKEN, "a token")).isEqualTo(Secret.of(TOKEN, "another name"));
        assertThat(Secret.of(TOKEN, "a token")).isNotEqualTo(Secret.of(TOKEN + "x", "a token"));
    }

    @Test
    void aBlankSecretIsRefusedByName() {
        assertThatThrownBy(() -> Secret.of(" ", "the Plaid secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the Plaid secret is required");
        assertThatThrownBy(() -> Secret.of(null, "a passphrase")).hasMessage("a passphrase is required");
    }

    @Test
    void maskedLabelsATypeThatWrapsASecret() {
        assertThat(Secret.masked("AccessToken")).isEqualTo("AccessToken[hidden]");
    }
}
