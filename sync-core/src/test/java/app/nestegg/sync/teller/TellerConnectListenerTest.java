package app.nestegg.sync.teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loopback listener, with OkHttp playing the browser and a deadline the test fires by hand. */
class TellerConnectListenerTest {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String TOKEN = "token_4xq2m7v9c1b8n3k6";

    private final OkHttpClient browser = new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(10))
            .retryOnConnectionFailure(false)
            .build();
    private final ManualDeadline deadline = new ManualDeadline();
    private TellerConnectListener listener;

    /** Records the scheduled action instead of waiting ten minutes. */
    static final class ManualDeadline implements TellerConnectListener.Deadline {
        Duration delay;
        Runnable action;
        boolean cancelled;

        @Override
        public Runnable schedule(Duration scheduledDelay, Runnable scheduledAction) {
            this.delay = scheduledDelay;
            this.action = scheduledAction;
            return () -> cancelled = true;
        }
    }

    @BeforeEach
    void startListener() {
        TellerSettings settings = new TellerSettings(null, null, "app_pq72test", TellerEnvironment.SANDBOX);
        listener = TellerConnectListener.start(settings, null, deadline);
    }

    @AfterEach
    void closeListener() {
        listener.close();
    }

    @Test
    void servesThePageThatRunsTellerConnectWithThisSessionsState() throws IOException {
        try (Response response = browser.newCall(get(listener.url())).execute()) {
            String page = response.body().string();

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/html");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            assertThat(page)
                    .contains("<script src=\"https://cdn.teller.io/connect/connect.js\"></script>")
                    .contains("applicationId: \"app_pq72test\"")
                    .contains("environment: \"sandbox\"")
                    .contains("var state = \"" + state() + "\"")
                    .doesNotContain("enrollmentId: \"");
        }
        assertThat(listener.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(deadline.delay).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void eachSessionHasItsOwnState() {
        TellerSettings settings = new TellerSettings(null, null, "app_pq72test", TellerEnvironment.SANDBOX);
        try (TellerConnectListener other = TellerConnectListener.start(settings, null, new ManualDeadline())) {
            assertThat(other.url().getQuery()).isNotEqualTo(listener.url().getQuery());
            assertThat(other.url().getPort()).isNotEqualTo(listener.url().getPort());
        }
    }

    @Test
    void repairModeNamesTheEnrollment() throws IOException {
        TellerSettings settings = new TellerSettings(null, null, "app_pq72test", TellerEnvironment.SANDBOX);
        try (TellerConnectListener repair =
                        TellerConnectListener.start(settings, "enr_pq72gz0t6nq1", new ManualDeadline());
                Response response = browser.newCall(get(repair.url())).execute()) {
            assertThat(response.body().string()).contains("enrollmentId: \"enr_pq72gz0t6nq1\"");
        }
    }

    @Test
    void pageIsRefusedWithoutTheRightState() throws IOException {
        HttpUrl base = HttpUrl.get(listener.url());

        assertThat(status(get(base.newBuilder().query(null).build()))).isEqualTo(403);
        assertThat(status(get(base.newBuilder().query("state=guess").build()))).isEqualTo(403);
        assertThat(listener.outcome()).isNotDone();
    }

    @Test
    void enrollmentWithTheRightStateCompletesOnceAndClosesTheListener() throws Exception {
        String body = """
                {"state":"%s","accessToken":"%s","userId":"usr_pq72gyx3h0m5","enrollmentId":"enr_pq72gz0t6nq1",
                 "institutionName":"Maple Credit Union","signatures":["c2lnbmF0dXJl"]}""".formatted(state(), TOKEN);

        assertThat(status(post("/connect/enrollment", body))).isEqualTo(200);

        TellerConnectOutcome outcome = listener.outcome().get(5, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOfSatisfying(TellerConnectOutcome.Enrolled.class, enrolled -> {
            TellerEnrollment enrollment = enrolled.enrollment();
            assertThat(enrollment.accessToken().value()).isEqualTo(TOKEN);
            assertThat(enrollment.enrollmentId()).isEqualTo("enr_pq72gz0t6nq1");
            assertThat(enrollment.userId()).isEqualTo("usr_pq72gyx3h0m5");
            assertThat(enrollment.institutionName()).isEqualTo("Maple Credit Union");
            assertThat(enrollment.signatures()).containsExactly("c2lnbmF0dXJl");
            assertThat(enrollment.toString()).doesNotContain(TOKEN);
        });
        assertThat(deadline.cancelled).isTrue();
        assertThatThrownBy(() -> status(post("/connect/exit", "{\"state\":\"" + state() + "\"}")))
                .isInstanceOf(IOException.class);
        assertThat(listener.outcome().get()).isSameAs(outcome);
    }

    @Test
    void wrongStateIsRefusedAndTheListenerKeepsWaiting() throws Exception {
        String forged = """
                {"state":"forged","accessToken":"token_evil","enrollmentId":"enr_evil"}""";

        assertThat(status(post("/connect/enrollment", forged))).isEqualTo(403);
        assertThat(listener.outcome()).isNotDone();

        String genuine = """
                {"state":"%s","accessToken":"%s","enrollmentId":"enr_good"}""".formatted(state(), TOKEN);
        assertThat(status(post("/connect/enrollment", genuine))).isEqualTo(200);
        assertThat(listener.outcome().get(5, TimeUnit.SECONDS))
                .isInstanceOfSatisfying(
                        TellerConnectOutcome.Enrolled.class,
                        e -> assertThat(e.enrollment().enrollmentId()).isEqualTo("enr_good"));
    }

    @Test
    void incompleteEnrollmentIsRefusedAndTheListenerKeepsWaiting() throws IOException {
        String noToken = """
                {"state":"%s","enrollmentId":"enr_pq72gz0t6nq1"}""".formatted(state());

        assertThat(status(post("/connect/enrollment", noToken))).isEqualTo(400);
        assertThat(status(post("/connect/enrollment", "not json"))).isEqualTo(400);
        assertThat(listener.outcome()).isNotDone();
    }

    @Test
    void exitFromThePageEndsTheSessionAsCancelled() throws Exception {
        assertThat(status(post("/connect/exit", "{\"state\":\"" + state() + "\"}")))
                .isEqualTo(200);

        assertThat(listener.outcome().get(5, TimeUnit.SECONDS)).isInstanceOf(TellerConnectOutcome.Cancelled.class);
        assertThatThrownBy(() -> status(get(listener.url()))).isInstanceOf(IOException.class);
    }

    @Test
    void nothingWithinTheTimeLimitEndsAsTimedOutAndCloses() throws Exception {
        deadline.action.run();

        assertThat(listener.outcome().get(5, TimeUnit.SECONDS)).isInstanceOf(TellerConnectOutcome.TimedOut.class);
        assertThatThrownBy(() -> status(get(listener.url()))).isInstanceOf(IOException.class);
    }

    @Test
    void closingEndsAsCancelled() throws Exception {
        listener.close();

        assertThat(listener.outcome().get(5, TimeUnit.SECONDS)).isInstanceOf(TellerConnectOutcome.Cancelled.class);
        assertThat(deadline.cancelled).isTrue();
    }

    @Test
    void requestNamingAnotherHostIsRefused() throws IOException {
        Request rebound = get(listener.url())
                .newBuilder()
                .header("Host", "attacker.example")
                .build();

        assertThat(status(rebound)).isEqualTo(403);
    }

    @Test
    void postFromAnotherOriginIsRefused() throws IOException {
        String body = """
                {"state":"%s","accessToken":"%s","enrollmentId":"enr_pq72gz0t6nq1"}""".formatted(state(), TOKEN);
        Request request = post("/connect/enrollment", body)
                .newBuilder()
                .header("Origin", "https://attacker.example")
                .build();

        assertThat(status(request)).isEqualTo(403);
        assertThat(listener.outcome()).isNotDone();
    }

    @Test
    void withoutApplicationIdNoListenerStarts() {
        TellerSettings settings = new TellerSettings(null, null, null, TellerEnvironment.SANDBOX);

        assertThatThrownBy(() -> TellerConnectListener.start(settings, null, new ManualDeadline()))
                .isInstanceOf(TellerSetupException.class)
                .hasMessageContaining("TELLER_APPLICATION_ID");
    }

    private String state() {
        return listener.url().getQuery().substring("state=".length());
    }

    private Request get(URI url) {
        return get(HttpUrl.get(url));
    }

    private static Request get(HttpUrl url) {
        return new Request.Builder().url(url).build();
    }

    private Request post(String path, String body) {
        HttpUrl url = HttpUrl.get(listener.url())
                .newBuilder()
                .encodedPath(path)
                .query(null)
                .build();
        return new Request.Builder()
                .url(url)
                .post(RequestBody.create(body, JSON))
                .build();
    }

    private int status(Request request) throws IOException {
        try (Response response = browser.newCall(request).execute()) {
            return response.code();
        }
    }
}
