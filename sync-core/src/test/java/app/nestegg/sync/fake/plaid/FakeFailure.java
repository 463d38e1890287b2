package app.nestegg.sync.fake.plaid;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the fake answers instead of (or, for {@link #slow}, before) the normal answer, once, to the next call of an
 * endpoint ({@link FakePlaidServer#failNext}). Error answers are Plaid's error JSON and are validated against the spec
 * like any other; the deliberately unreadable answers ({@link #malformedJson}, {@link #htmlPage}) are not.
 */
public sealed interface FakeFailure {

    /** Plaid's error object with this HTTP status. */
    record PlaidError(int status, String errorType, String errorCode, String errorMessage, String displayMessage)
            implements FakeFailure {
        public PlaidError {
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(errorCode, "errorCode");
            Objects.requireNonNull(errorMessage, "errorMessage");
        }
    }

    /** A body that is not Plaid's JSON. */
    record Unreadable(int status, String contentType, String body) implements FakeFailure {}

    /** The normal answer, its headers held back for {@code delay} (longer than the client's read timeout). */
    record Slow(Duration delay) implements FakeFailure {}

    /** 429 RATE_LIMIT_EXCEEDED TRANSACTIONS_SYNC_LIMIT. */
    static FakeFailure transactionsSyncLimit() {
        return new PlaidError(
                429,
                "RATE_LIMIT_EXCEEDED",
                "TRANSACTIONS_SYNC_LIMIT",
                "rate limit exceeded for attempts to access this item. please try again later",
                "Too many requests were made. Try again later.");
    }

    /** 400 ITEM_ERROR ITEM_LOGIN_REQUIRED, once (see {@link FakeItem#breakLogin()} for an Item that stays broken). */
    static FakeFailure itemLoginRequired() {
        return new PlaidError(
                400,
                "ITEM_ERROR",
                "ITEM_LOGIN_REQUIRED",
                "the login details of this item have changed (credentials, MFA, or required user action) and a user"
                        + " login is required to update this information. use Link's update mode to restore the item"
                        + " to a good state",
                "The login details of this account have changed. Log in again to continue.");
    }

    /** 500 API_ERROR INTERNAL_SERVER_ERROR. */
    static FakeFailure internalServerError() {
        return new PlaidError(
                500,
                "API_ERROR",
                "INTERNAL_SERVER_ERROR",
                "an unexpected error occurred",
                "Something went wrong. Try again later.");
    }

    /** 400 INSTITUTION_ERROR INSTITUTION_DOWN. */
    static FakeFailure institutionDown() {
        return new PlaidError(
                400,
                "INSTITUTION_ERROR",
                "INSTITUTION_DOWN",
                "this institution is not currently responding to this request. please try again soon",
                "This bank is not responding. Try again later.");
    }

    /** A 200 answer whose JSON stops half-way. */
    static FakeFailure malformedJson() {
        return new Unreadable(200, "application/json", "{\"accounts\": [{\"account_id\": \"A1\", \"balan");
    }

    /** A proxy's HTML error page, as a load balancer in front of an API sends. */
    static FakeFailure htmlPage(int status) {
        return new Unreadable(
                status,
                "text/html",
                "<html><head><title>" + status + " Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>");
    }

    /** The normal answer, late by {@code delay}. */
    static FakeFailure slow(Duration delay) {
        return new Slow(delay);
    }
}
