package app.nestegg.sync.fake.teller;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Handshake;
import okhttp3.HttpUrl;

/** Routes the fake's requests: authentication first, then scripted failures, then Teller's endpoints. */
final class FakeTellerDispatcher extends Dispatcher {
    private final FakeTellerServer fake;

    FakeTellerDispatcher(FakeTellerServer fake) {
        this.fake = fake;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        fake.record(request);
        String token = FakeTellerServer.token(request.getHeaders().get("Authorization"));
        if (!token(token).startsWith(FakeTellerServer.SANDBOX_PREFIX) && !hasClientCertificate(request)) {
            return error(
                    400, "bad_request", "Client certificate missing; resend the request with your Teller certificate.");
        }
        if (token == null) {
            return error(401, "unauthorized", "Missing access token: use it as the Basic auth user name.");
        }
        List<FakeTellerAccount> accounts = fake.accountsOf(token);
        if (accounts == null) {
            return error(403, "forbidden", "The access token is invalid or has been revoked.");
        }
        String name = request.getMethod() + " " + request.getUrl().encodedPath();
        FakeTellerFailure scripted = fake.takeScript(name);
        if (scripted != null && scripted.status() != 0) {
            return new MockResponse.Builder()
                    .code(scripted.status())
                    .setHeader("Content-Type", "application/json")
                    .body(scripted.body())
                    .headersDelay(scripted.delay().toMillis(), TimeUnit.MILLISECONDS)
                    .build();
        }
        MockResponse.Builder answer = route(request, token, accounts).newBuilder();
        if (scripted != null) {
            answer.headersDelay(scripted.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
        return answer.build();
    }

    private MockResponse route(RecordedRequest request, String token, List<FakeTellerAccount> accounts) {
        HttpUrl url = request.getUrl();
        String base = url.scheme() + "://" + url.host() + ":" + url.port();
        List<String> path = url.pathSegments();
        String method = request.getMethod();
        if (path.equals(List.of("accounts"))) {
            if (method.equals("DELETE")) {
                fake.revoke(token);
                return new MockResponse.Builder().code(204).build();
            }
            return json(FakeTellerJson.accounts(accounts, base));
        }
        if (path.size() < 3 || !path.getFirst().equals("accounts") || !method.equals("GET")) {
            return error(404, "not_found", "No such resource.");
        }
        FakeTellerAccount account = accounts.stream()
                .filter(a -> a.id().equals(path.get(1)))
                .findFirst()
                .orElse(null);
        if (account == null) {
            return error(404, "not_found", "No account " + path.get(1) + " in this enrollment.");
        }
        if (account.closed()) {
            return error(410, "account.closed", "The account is closed.");
        }
        return switch (path.get(2)) {
            case "balances" ->
                account.balancesSupported()
                        ? json(FakeTellerJson.balances(account, base))
                        : error(404, "not_found", "This institution offers no balances.");
            case "transactions" -> transactions(url, account, base);
            default -> error(404, "not_found", "No such resource.");
        };
    }

    /** Newest first; {@code from_id} pages backwards (rows older than it), dates are inclusive, then {@code count}. */
    private static MockResponse transactions(HttpUrl url, FakeTellerAccount account, String base) {
        List<FakeTellerTransaction> rows = account.newestFirst();
        String fromId = url.queryParameter("from_id");
        Stream<FakeTellerTransaction> selected = rows.stream();
        if (fromId != null) {
            int at = rows.stream().map(FakeTellerTransaction::id).toList().indexOf(fromId);
            if (at < 0) {
                return error(404, "not_found", "No transaction " + fromId + " in this account.");
            }
            selected = rows.subList(at + 1, rows.size()).stream();
        }
        try {
            LocalDate start = date(url.queryParameter("start_date"), LocalDate.MIN);
            LocalDate end = date(url.queryParameter("end_date"), LocalDate.MAX);
            selected =
                    selected.filter(r -> !r.date().isBefore(start) && !r.date().isAfter(end));
            String count = url.queryParameter("count");
            if (count != null) {
                selected = selected.limit(Integer.parseInt(count));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return error(400, "bad_request", "Invalid query parameter.");
        }
        return json(FakeTellerJson.transactions(selected.toList(), account, base));
    }

    private static LocalDate date(String text, LocalDate absent) {
        return text == null ? absent : LocalDate.parse(text);
    }

    private static boolean hasClientCertificate(RecordedRequest request) {
        Handshake handshake = request.getHandshake();
        return handshake != null && !handshake.peerCertificates().isEmpty();
    }

    private static String token(String token) {
        return token == null ? "" : token;
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static MockResponse error(int status, String code, String message) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .body(FakeTellerJson.error(code, message))
                .build();
    }
}
