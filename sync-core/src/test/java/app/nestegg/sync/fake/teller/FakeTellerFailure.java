package app.nestegg.sync.fake.teller;

import java.time.Duration;

/**
 * A scripted answer in place of the normal one: a Teller error, a malformed body, or the normal answer sent late.
 *
 * @param status the HTTP status, or 0 for the normal answer
 * @param body the body to send instead, or null
 * @param delay how long to wait before the headers
 */
public record FakeTellerFailure(int status, String body, Duration delay) {

    /** Teller's error body {@code {"error":{"code","message"}}} with {@code status}. */
    public static FakeTellerFailure error(int status, String code, String message) {
        return new FakeTellerFailure(status, FakeTellerJson.error(code, message), Duration.ZERO);
    }

    /** A 200 whose body is not JSON. */
    public static FakeTellerFailure malformed() {
        return new FakeTellerFailure(200, "[{\"id\": \"acc_", Duration.ZERO);
    }

    /** The normal answer, after {@code delay}. */
    public static FakeTellerFailure slow(Duration delay) {
        return new FakeTellerFailure(0, null, delay);
    }
}
