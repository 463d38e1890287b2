package app.nestegg.sync.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidEnvironment;
import app.nestegg.sync.plaid.PlaidSettings;
import app.nestegg.sync.plaid.PlaidTimeouts;
import app.nestegg.sync.teller.TellerClient;
import app.nestegg.sync.teller.TellerEnvironment;
import app.nestegg.sync.teller.TellerSettings;
import app.nestegg.sync.teller.TellerTls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** A provider answer larger than any page is refused before it fills the heap (ADR 0038). */
class AnswerBodiesTest {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final AccessToken TOKEN = new AccessToken("access-sandbox-big");

    @Test
    void anAnswerWithinTheLimitIsReadWhole() throws IOException {
        byte[] body = "{\"accounts\":[]}".getBytes(StandardCharsets.UTF_8);

        assertThat(AnswerBodies.read(ResponseBody.create(body, JSON))).isEqualTo(body);
    }

    @Test
    void aStreamedAnswerBeyondTheLimitIsRefusedWithoutKnowingItsLength() {
        assertThatThrownBy(() -> AnswerBodies.read(streamed(AnswerBodies.MAX_BYTES + 1)))
                .isInstanceOf(AnswerBodies.TooLargeException.class)
                .hasMessageContaining("larger than 32 MiB");
    }

    @Test
    void anAnswerDeclaringMoreThanTheLimitIsRefusedBeforeReading() {
        ResponseBody declared = ResponseBody.create(new Buffer(), JSON, AnswerBodies.MAX_BYTES + 10);

        assertThatThrownBy(() -> AnswerBodies.read(declared))
                .isInstanceOf(AnswerBodies.TooLargeException.class)
                .hasMessageContaining((AnswerBodies.MAX_BYTES + 10) + " bytes");
    }

    @Test
    void plaidRefusesAHugeAnswerNamingTheEndpoint() {
        PlaidClient plaid = new PlaidClient(
                new PlaidSettings(PlaidEnvironment.SANDBOX, "client", "secret"),
                answering(AnswerBodies.MAX_BYTES + 1),
                PlaidTimeouts.all(Duration.ofSeconds(5)));

        assertThatThrownBy(() -> plaid.accounts(TOKEN))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(ProviderFailure.MALFORMED_RESPONSE))
                .hasMessageContaining("/accounts/get")
                .hasMessageContaining("larger than 32 MiB");
    }

    @Test
    void tellerRefusesAHugeAnswerNamingTheRequest() {
        TellerClient teller = new TellerClient(
                new TellerSettings(null, null, null, TellerEnvironment.SANDBOX),
                TellerTls.create(null),
                answering(AnswerBodies.MAX_BYTES + 1),
                Clock.systemUTC(),
                TellerClient.DEFAULT_PAGE_SIZE);

        assertThatThrownBy(() -> teller.accounts(TOKEN))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(ProviderFailure.MALFORMED_RESPONSE))
                .hasMessageContaining("GET /accounts")
                .hasMessageContaining("larger than 32 MiB");
    }

    /** A body of {@code size} bytes of JSON whitespace with no declared length, as a chunked answer has. */
    private static ResponseBody streamed(long size) {
        Buffer buffer = new Buffer();
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) ' ');
        for (long left = size; left > 0; left -= block.length) {
            buffer.write(block, 0, (int) Math.min(block.length, left));
        }
        return ResponseBody.create(buffer, JSON, -1);
    }

    private static OkHttpClient answering(long size) {
        return new OkHttpClient.Builder()
                .addInterceptor(chain -> new Response.Builder()
                        .request(chain.request())
                        .protocol(Protocol.HTTP_1_1)
                        .code(200)
                        .message("OK")
                        .body(streamed(size))
                        .build())
                .build();
    }
}
