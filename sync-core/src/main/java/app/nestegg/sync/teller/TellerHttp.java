package app.nestegg.sync.teller;

import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.AnswerBodies;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teller requests: Basic auth with the access token as user name and an empty password, the pinned API version, JSON
 * answers read with the shared mapper, and every failure through {@link TellerErrors}.
 */
final class TellerHttp {
    private static final Logger LOG = LoggerFactory.getLogger(TellerHttp.class);
    static final String API_VERSION = "2020-10-12";

    private final OkHttpClient client;
    private final HttpUrl baseUrl;

    TellerHttp(OkHttpClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = HttpUrl.get(baseUrl);
    }

    /** GET {@code segments} with {@code query}, read as {@code type}. */
    <T> T get(AccessToken token, List<String> segments, Map<String, String> query, TypeReference<T> type) {
        Call call = new Call("GET", segments, query);
        return parse(call, execute(token, call), type);
    }

    /** Like {@link #get}, trying once more when the first call times out (Teller's advice for large histories). */
    <T> T getRetryingTimeout(
            AccessToken token, List<String> segments, Map<String, String> query, TypeReference<T> type) {
        Call call = new Call("GET", segments, query);
        String body;
        try {
            body = execute(token, call);
        } catch (ProviderException e) {
            if (!(e.getCause() instanceof InterruptedIOException)) {
                throw e;
            }
            LOG.warn("{} timed out; trying once more", call);
            body = execute(token, call);
        }
        return parse(call, body, type);
    }

    void delete(AccessToken token, List<String> segments) {
        execute(token, new Call("DELETE", segments, Map.of()));
    }

    private String execute(AccessToken token, Call call) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        call.segments().forEach(url::addPathSegment);
        call.query().forEach(url::addQueryParameter);
        Request request = new Request.Builder()
                .url(url.build())
                .method(call.method(), null)
                .header("Authorization", Credentials.basic(token.value(), ""))
                .header("Teller-Version", API_VERSION)
                .header("Accept", "application/json")
                .build();
        try (Response response = client.newCall(request).execute()) {
            ResponseBody responseBody = response.body();
            String body;
            try {
                body = new String(AnswerBodies.read(responseBody), StandardCharsets.UTF_8);
            } catch (AnswerBodies.TooLargeException e) {
                throw TellerErrors.malformed(call.toString(), e.getMessage(), e);
            }
            if (!response.isSuccessful()) {
                ProviderException failure = TellerErrors.fromResponse(response.code(), body, call.toString());
                LOG.debug("{} failed: {} {}", call, failure.failure(), failure.errorCode());
                throw failure;
            }
            return body;
        } catch (IOException e) {
            throw TellerErrors.network(e, call.toString());
        }
    }

    private static <T> T parse(Call call, String body, TypeReference<T> type) {
        try {
            T value = Json.mapper().readValue(body, type);
            if (value == null) {
                throw TellerErrors.malformed(call.toString(), "the body is empty or null", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw TellerErrors.malformed(call.toString(), e.getOriginalMessage(), e);
        }
    }

    /** A request as named in messages and logs: method and path, never the token. */
    private record Call(String method, List<String> segments, Map<String, String> query) {
        @Override
        public String toString() {
            return method + " /" + String.join("/", segments);
        }
    }
}
