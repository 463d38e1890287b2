package app.nestegg.sync.quotes;

/** A quote source that could not be reached or whose answer could not be read; the message says which and why. */
public final class QuoteSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public QuoteSourceException(String message) {
        super(message);
    }

    public QuoteSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
