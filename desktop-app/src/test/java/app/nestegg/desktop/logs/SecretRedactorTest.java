package app.nestegg.desktop.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretRedactorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "plaid access token | access-sandbox-7e2b9c41-5f0e-4c3a-9d1b-2a6f8e0c1d3b | access-sandbox-[hidden]",
                "plaid production token | access-production-0c6b4f6e-1111-2222-3333-444455556666"
                        + " | access-production-[hidden]",
                "plaid public token | public-sandbox-6a1b2c3d-aaaa-bbbb-cccc-ddddeeeeffff | public-sandbox-[hidden]",
                "plaid link token | link-development-0f0e0d0c-1234-5678-9abc-def012345678 | link-development-[hidden]",
                "teller token | token_3ycmhv2d6ewqnqsq4kqpfmnq5e | token_[hidden]",
                "otpauth uri | otpauth://totp/Nest%20Egg:me?secret=JBSWY3DPEHPK3PXP&issuer=Nest%20Egg"
                        + " | otpauth://[hidden]",
                "otpauth uri escaped in json | otpauth:\\/\\/totp\\/Nest?secret=JBSWY3DPEHPK3PXP | otpauth:\\/\\/[hidden]",
                "bare totp secret parameter | ?secret=JBSWY3DPEHPK3PXP&digits=6 | ?secret=[hidden]&digits=6",
                "backup code with a digit | k7mp-2wxq | [hidden]",
                "backup code after the word code | backup code abcd-efgh | backup code [hidden]",
                "backup code as an option | --backup-code=wxyz-mnpq | --backup-code=[hidden]",
                "recovery key | ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567 | [hidden]",
                "age secret key | AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQ8ZP4Z"
                        + " | AGE-SECRET-KEY-1[hidden]",
            })
    void masksEachKnownShapeEvenInsideLongerText(String shape, String secret, String masked) {
        String line = "2026-11-27T10:00:00Z INFO [main] x - failed for \"" + secret + "\", retrying";

        String redacted = SecretRedactor.redact(line);

        assertThat(redacted)
                .as(shape)
                .doesNotContain(secret)
                .isEqualTo("2026-11-27T10:00:00Z INFO [main] x - failed for \"" + masked + "\", retrying");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Synced 42 transactions for connection 0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b",
                "access_token missing in the answer",
                "sync-core ran the nest-egg-job thread",
                "Job bank-sync ran; home-page shown",
                "2026-11-27 12:30",
                "Opened /home/me/.local/share/nest-egg/vault.mv.db",
            })
    void leavesOrdinaryTextAlone(String ordinary) {
        assertThat(SecretRedactor.redact(ordinary)).isEqualTo(ordinary);
    }

    @org.junit.jupiter.api.Test
    void masksEverySecretOfAMultiLineStackTrace() {
        String trace = """
                java.lang.IllegalStateException: sync failed
                \tat app.nestegg.sync.X.run(X.java:10)
                Caused by: java.io.IOException: 400 for access-sandbox-abc-123 and token_secretteller
                \tat app.nestegg.sync.Y.call(Y.java:20)
                """;

        assertThat(SecretRedactor.redact(trace))
                .contains("Caused by: java.io.IOException: 400 for access-sandbox-[hidden] and token_[hidden]")
                .doesNotContain("abc-123", "secretteller");
    }
}
