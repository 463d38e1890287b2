package app.nestegg.sync.fake.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A held request is answered only once released; other requests (earlier ones, other endpoints, other bodies) go
 * through.
 */
class FakeGateTest {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension(builder -> builder.validate(false));

    private final OkHttpClient http = new OkHttpClient();

    private int post(String path, FakeItem item) throws IOException {
        String body = "{\"access_token\": \"" + item.accessToken() + "\"}";
        Request request = new Request.Builder()
                .url(plaid.server().baseUrl() + path)
                .post(RequestBody.create(body.getBytes(), MediaType.get("application/json")))
                .header("PLAID-CLIENT-ID", FakePlaidServer.CLIENT_ID)
                .header("PLAID-SECRET", FakePlaidServer.SECRET)
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.code();
        }
    }

    private CompletableFuture<Integer> postLater(String path, FakeItem item) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return post(path, item);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theSecondSyncRequestWaitsForItsReleaseWhileOthersAreAnswered() throws Exception {
        FakeItem item = plaid.server().createItem();
        FakeGate.Hold hold = plaid.server().gate().hold("/transactions/sync", 2);

        assertThat(post("/transactions/sync", item)).isEqualTo(200);
        CompletableFuture<Integer> second = postLater("/transactions/sync", item);
        assertThat(hold.awaitArrival(Duration.ofSeconds(10))).isTrue();
        assertThat(post("/accounts/get", item)).isEqualTo(200);
        assertThat(second).isNotDone();
        assertThat(plaid.server().exchanges("/transactions/sync")).hasSize(1);

        hold.release();

        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(plaid.server().exchanges("/transactions/sync")).hasSize(2);
        assertThat(post("/transactions/sync", item))
                .as("a hold keeps one request only")
                .isEqualTo(200);
    }

    @Test
    void aHoldByContentKeepsOnlyTheRequestWhoseBodyHoldsTheText() throws Exception {
        FakeItem other = plaid.server().createItem();
        FakeItem chosen = plaid.server().createItem();
        FakeGate.Hold hold = plaid.server().gate().holdContaining("/accounts/get", chosen.accessToken());

        assertThat(post("/accounts/get", other)).isEqualTo(200);
        CompletableFuture<Integer> held = postLater("/accounts/get", chosen);
        assertThat(hold.awaitArrival(Duration.ofSeconds(10))).isTrue();
        assertThat(post("/accounts/get", other)).isEqualTo(200);
        assertThat(held).isNotDone();

        hold.release();

        assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo(200);
    }

    @Test
    void releasingEveryHoldAnswersAHeldRequestAsClosingTheFakeDoes() throws Exception {
        FakeItem item = plaid.server().createItem();
        FakeGate.Hold hold = plaid.server().gate().hold("/accounts/get", 1);
        CompletableFuture<Integer> held = postLater("/accounts/get", item);
        assertThat(hold.awaitArrival(Duration.ofSeconds(10))).isTrue();

        plaid.server().gate().releaseAll();

        assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo(200);
    }
}
