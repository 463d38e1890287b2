package app.nestegg.sync.provider;

/**
 * Where the next page of transaction changes starts, in a form only the provider understands. The sync engine stores
 * it with the page it applied; {@link #START} asks for the whole history.
 */
public record SyncCursor(String value) {

    public static final SyncCursor START = new SyncCursor("");

    public SyncCursor {
        if (value == null) {
            throw new IllegalArgumentException("a cursor is never null; use SyncCursor.START");
        }
    }

    public boolean isStart() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return isStart() ? "SyncCursor[start]" : "SyncCursor[" + value.length() + " chars]";
    }
}
