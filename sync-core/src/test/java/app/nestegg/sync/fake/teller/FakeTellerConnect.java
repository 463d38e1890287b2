package app.nestegg.sync.fake.teller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Plays the person's browser on the one-shot Teller Connect page the app serves on 127.0.0.1: reads the page, and
 * posts back what the page's script posts when Teller Connect ends (an enrollment, or the person closing it).
 */
public final class FakeTellerConnect {

    private FakeTellerConnect() {}

    /** The page as the browser receives it. */
    public static String page(URI page) {
        return send(HttpRequest.newBuilder(page).GET().build());
    }

    /** What the page posts after {@code onSuccess}: the enrollment and the session's state. */
    public static void enroll(URI page, String accessToken, String enrollmentId, String institutionName) {
        post(page, "/connect/enrollment", """
                {"state":"%s","accessToken":"%s","userId":"usr_pq72gyx3h0m5","enrollmentId":"%s",
                 "institutionName":"%s"}""".formatted(state(page), accessToken, enrollmentId, institutionName));
    }

    /** What the page posts after {@code onExit}: the person closed Teller Connect. */
    public static void exit(URI page) {
        post(page, "/connect/exit", "{\"state\":\"%s\"}".formatted(state(page)));
    }

    private static String state(URI page) {
        return page.getQuery().substring("state=".length());
    }

    private static void post(URI page, String path, String json) {
        send(HttpRequest.newBuilder(page.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static String send(HttpRequest request) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        request.uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
