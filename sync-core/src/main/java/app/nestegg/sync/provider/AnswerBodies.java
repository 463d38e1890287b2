package app.nestegg.sync.provider;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads a web service's answer into memory only up to a limit, {@link #MAX_BYTES} for a bank provider: the largest
 * page a provider sends (500 transactions, or every holding) is well under a megabyte, so a larger answer is broken
 * or hostile and is refused before it can exhaust the heap (ADR 0038). A declared length is checked first; a streamed
 * answer without one is read no further than one byte past the limit.
 */
public final class AnswerBodies {

    /** 32 MiB. */
    public static final long MAX_BYTES = 32L << 20;

    private AnswerBodies() {}

    /** An answer larger than {@link #MAX_BYTES}; its message says so and how large it was declared to be. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long declared, long maxBytes) {
            super("the answer is larger than " + (maxBytes >> 20) + " MiB"
                    + (declared > 0 ? " (" + declared + " bytes)" : "")
                    + (maxBytes == MAX_BYTES ? ", more than any provider page holds" : ""));
        }
    }

    /** A provider answer's bytes. @throws TooLargeException when it holds more than {@link #MAX_BYTES} */
    public static byte[] read(ResponseBody body) throws IOException {
        return read(body, MAX_BYTES);
    }

    /** The body's bytes. @throws TooLargeException when it holds more than {@code maxBytes} */
    public static byte[] read(ResponseBody body, long maxBytes) throws IOException {
        long declared = body.contentLength();
        if (declared > maxBytes) {
            throw new TooLargeException(declared, maxBytes);
        }
        BufferedSource source = body.source();
        if (source.request(maxBytes + 1)) {
            throw new TooLargeException(declared, maxBytes);
        }
        return source.readByteArray();
    }
}
