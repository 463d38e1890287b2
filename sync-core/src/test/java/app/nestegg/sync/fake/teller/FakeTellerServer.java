package app.nestegg.sync.fake.teller;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;

/**
 * A local stand-in for {@code https://api.teller.io} over HTTPS from a test authority. It asks for a client
 * certificate (any presented must chain to the test authority, as Teller validates one even in sandbox) and refuses a
 * request without one unless the token is a sandbox token ({@code test_token_…}), with 400 {@code bad_request}. The
 * token is the Basic-auth user name: none gives 401, an unknown or revoked one 403. Each token is one enrollment whose
 * accounts a test builds and changes; failures can be scripted per request.
 */
public final class FakeTellerServer implements AutoCloseable {
    static final String SANDBOX_PREFIX = "test_token_";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, List<FakeTellerAccount>> enrollments = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final List<Script> scripts = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    record Script(Pattern request, FakeTellerFailure failure) {}

    private FakeTellerServer() {}

    /** Starts on 127.0.0.1 with the authority's server certificate, trusting client certificates it signed. */
    public static FakeTellerServer start(FakeTellerCertificates certificates) throws IOException {
        FakeTellerServer fake = new FakeTellerServer();
        HandshakeCertificates tls = new HandshakeCertificates.Builder()
                .heldCertificate(certificates.server())
                .addTrustedCertificate(certificates.authorityCertificate())
                .build();
        fake.server.useHttps(tls.sslSocketFactory());
        fake.server.requestClientAuth();
        fake.server.setDispatcher(new FakeTellerDispatcher(fake));
        fake.server.start(InetAddress.getByName("127.0.0.1"), 0);
        return fake;
    }

    /** The base URL to give the client, {@code https://localhost:<port>}. */
    public String baseUrl() {
        return "https://localhost:" + server.getPort();
    }

    /** Registers an enrollment for {@code token} with these accounts. */
    public void enroll(String token, FakeTellerAccount... accounts) {
        enrollments.put(token, new CopyOnWriteArrayList<>(List.of(accounts)));
    }

    /** Makes {@code token} unknown from now on, as Teller does after {@code DELETE /accounts}. */
    public void revoke(String token) {
        revoked.add(token);
    }

    /**
     * The next request whose {@code "METHOD /path"} (no query) matches {@code request} gets {@code failure} instead.
     * Scripts are used once each, in the order given.
     */
    public void script(String request, FakeTellerFailure failure) {
        scripts.add(new Script(Pattern.compile(request), failure));
    }

    /** Every request answered so far, oldest first. */
    public List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    /** The requests whose path ends with {@code suffix}. */
    public List<RecordedRequest> requestsTo(String suffix) {
        return requests().stream()
                .filter(r -> r.getUrl().encodedPath().endsWith(suffix))
                .toList();
    }

    @Override
    public void close() {
        server.close();
    }

    void record(RecordedRequest request) {
        requests.add(request);
    }

    /** The scripted failure for this request, removed from the script, or null. */
    synchronized FakeTellerFailure takeScript(String request) {
        for (Script script : scripts) {
            if (script.request().matcher(request).matches()) {
                scripts.remove(script);
                return script.failure();
            }
        }
        return null;
    }

    /** The token of a Basic header {@code base64(token:)}, or null when absent or not Basic. */
    static String token(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 || colon != decoded.length() - 1 ? null : decoded.substring(0, colon);
    }

    /** The accounts of a live token, or null when the token is unknown or revoked. */
    List<FakeTellerAccount> accountsOf(String token) {
        return revoked.contains(token) ? null : enrollments.get(token);
    }
}
