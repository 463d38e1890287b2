package app.nestegg.sync.provider;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads a provider's answer into memory only up to {@link #MAX_BYTES}: the largest page a provider sends (500
 * transactions, or every holding) is well under a megabyte, so a larger answer is broken or hostile and is refused
 * before it can exhaust the heap (ADR 0038).
 */
public final class AnswerBodies {

    /** 32 MiB. */
    public static final long MAX_BYTES = 32L << 20;

    private AnswerBodies() {}

    /** An answer larger than {@link #MAX_BYTES}; its message says so and how large it was declared to be. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long declared) {
            super("the answer is larger than " + (MAX_BYTES >> 20) + " MiB"
                    + (declared > 0 ? " (" + declared + " bytes)" : "")
                    + ", more than any provider page holds");
        }
    }

    /** The body's bytes. @throws TooLargeException when it holds more than {@link #MAX_BYTES} */
    public static byte[] read(ResponseBody body) throws IOException {
        long declared = body.contentLength();
        if (declared > MAX_BYTES) {
            throw new TooLargeException(declared);
        }
        BufferedSource source = body.source();
        if (source.request(MAX_BYTES + 1)) {
            throw new TooLargeException(declared);
        }
        return source.readByteArray();
    }
}
