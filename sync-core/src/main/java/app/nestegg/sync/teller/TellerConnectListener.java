package app.nestegg.sync.teller;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loopback half of linking a bank with Teller Connect (RFC 8252 §7.3). A one-shot HTTP server on 127.0.0.1 and an
 * ephemeral port serves a page that runs Teller Connect; the page posts Connect's {@code onSuccess} result (or its
 * {@code onExit}) back with a random per-session state, and {@link #outcome()} completes once. The desktop app opens
 * {@link #url()} in the system browser and waits on the outcome off the JavaFX thread.
 *
 * <p>Only requests from a loopback address, with {@code Host} naming this listener (against DNS rebinding), and with
 * the session's state are heard; a wrong state is refused and the listener keeps waiting. The server stops after the
 * first result, after {@link #TIME_LIMIT} without one, or on {@link #close()}.
 */
public final class TellerConnectListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TellerConnectListener.class);
    /** How long the listener waits for the browser. */
    public static final Duration TIME_LIMIT = Duration.ofMinutes(10);

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final int MAX_BODY_BYTES = 16 * 1024;

    /** Runs an action after a delay; returns what cancels it. Tests run the action themselves instead of waiting. */
    @FunctionalInterface
    public interface Deadline {
        Runnable schedule(Duration delay, Runnable action);
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String state;
    private final String page;
    private final CompletableFuture<TellerConnectOutcome> outcome = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final Runnable cancelDeadline;

    private TellerConnectListener(
            String applicationId, TellerEnvironment environment, String repairEnrollmentId, Deadline deadline)
            throws IOException {
        this.state = newState();
        this.page = TellerConnectPage.render(applicationId, environment, state, repairEnrollmentId);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("teller-connect-listener").daemon(true).factory());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        this.cancelDeadline = deadline.schedule(TIME_LIMIT, () -> finish(new TellerConnectOutcome.TimedOut()));
        LOG.info("Teller Connect listener waiting on 127.0.0.1:{}", port());
    }

    /**
     * Starts listening for one Teller Connect session.
     *
     * @param repairEnrollmentId a disconnected enrollment to repair (Connect's repair mode), or null to link anew
     * @throws TellerSetupException when the settings have no application id or the server cannot start
     */
    public static TellerConnectListener start(TellerSettings settings, String repairEnrollmentId, Deadline deadline) {
        if (settings.applicationId() == null) {
            throw new TellerSetupException(
                    TellerSetupException.Problem.MISSING,
                    "Teller Connect needs the application id (" + TellerSettings.APPLICATION_ID_VARIABLE + ")");
        }
        if (repairEnrollmentId != null && !SAFE_ID.matcher(repairEnrollmentId).matches()) {
            throw new IllegalArgumentException("an enrollment id is letters, digits, '_' or '-'");
        }
        try {
            return new TellerConnectListener(
                    settings.applicationId(), settings.environment(), repairEnrollmentId, deadline);
        } catch (IOException e) {
            throw new TellerSetupException(
                    TellerSetupException.Problem.INVALID_SETTING,
                    null,
                    "cannot listen on 127.0.0.1 for Teller Connect: " + e.getMessage(),
                    e);
        }
    }

    /** Starts listening with a deadline on a timer thread of its own. */
    public static TellerConnectListener start(TellerSettings settings, String repairEnrollmentId) {
        return start(settings, repairEnrollmentId, TellerConnectListener::timerDeadline);
    }

    /** The page to open in the system browser; it holds the session's state, so it is not logged. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/connect?state=" + state);
    }

    /** Completes once: enrolled, cancelled or timed out. Never completes exceptionally. */
    public CompletableFuture<TellerConnectOutcome> outcome() {
        return outcome.copy();
    }

    /** Stops waiting; the outcome becomes {@link TellerConnectOutcome.Cancelled} unless it is already known. */
    @Override
    public void close() {
        finish(new TellerConnectOutcome.Cancelled());
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress() || !hostIsThisListener(exchange)) {
                respond(exchange, 403, "not for this listener");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/connect")) {
                servePage(exchange);
            } else if (method.equals("POST") && path.equals("/connect/enrollment")) {
                receive(exchange, true);
            } else if (method.equals("POST") && path.equals("/connect/exit")) {
                receive(exchange, false);
            } else {
                respond(exchange, 404, "not found");
            }
        }
    }

    private void servePage(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null || !query.startsWith("state=") || !sameState(query.substring("state=".length()))) {
            respond(exchange, 403, "unknown session");
            return;
        }
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        send(exchange, 200, "text/html; charset=utf-8", page);
    }

    private void receive(HttpExchange exchange, boolean enrolled) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origin.equals("http://127.0.0.1:" + port())) {
            respond(exchange, 403, "wrong origin");
            return;
        }
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            body = bytes.length > MAX_BODY_BYTES ? null : Json.mapper().readTree(bytes);
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            respond(exchange, 400, "expected a JSON object");
            return;
        }
        if (!sameState(body.path("state").asText(""))) {
            LOG.warn("Teller Connect listener refused a result with the wrong state");
            respond(exchange, 403, "unknown session");
            return;
        }
        TellerConnectOutcome result;
        try {
            result = enrolled
                    ? new TellerConnectOutcome.Enrolled(enrollment(body))
                    : new TellerConnectOutcome.Cancelled();
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, "incomplete enrollment: " + e.getMessage());
            return;
        }
        if (finished.get()) {
            respond(exchange, 409, "this session has already ended");
            return;
        }
        respond(exchange, 200, "ok");
        exchange.close();
        finish(result);
    }

    private static TellerEnrollment enrollment(JsonNode body) {
        List<String> signatures = new ArrayList<>();
        body.path("signatures").forEach(node -> signatures.add(node.asText()));
        return new TellerEnrollment(
                new AccessToken(text(body, "accessToken")),
                text(body, "enrollmentId"),
                text(body, "userId"),
                text(body, "institutionName"),
                signatures);
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    /** Stops the server before completing the outcome, so whoever sees the outcome finds the port closed. */
    private void finish(TellerConnectOutcome result) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        cancelDeadline();
        server.stop(0);
        executor.shutdown();
        LOG.info(
                "Teller Connect session ended: {}",
                result.getClass().getSimpleName().toLowerCase(Locale.ROOT));
        outcome.complete(result);
    }

    private void cancelDeadline() {
        Runnable cancel = cancelDeadline;
        if (cancel != null) {
            cancel.run();
        }
    }

    private boolean hostIsThisListener(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return Objects.equals(host, "127.0.0.1:" + port());
    }

    private boolean sameState(String candidate) {
        return MessageDigest.isEqual(
                candidate.getBytes(StandardCharsets.US_ASCII), state.getBytes(StandardCharsets.US_ASCII));
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text);
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String newState() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Runnable timerDeadline(Duration delay, Runnable action) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("teller-connect-deadline").daemon(true).factory());
        ScheduledFuture<?> scheduled = timer.schedule(
                () -> {
                    try {
                        action.run();
                    } finally {
                        timer.shutdown();
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> {
            scheduled.cancel(false);
            timer.shutdown();
        };
    }
}
