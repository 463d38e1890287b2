package app.nestegg.vault.store;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.api.Trigger;

/** A trigger class that records being loaded: if H2 ever loads it from a vault, the vault ran foreign code. */
public final class MarkerTrigger implements Trigger {

    private static final AtomicBoolean LOADED = new AtomicBoolean();

    static {
        LOADED.set(true);
    }

    static void reset() {
        LOADED.set(false);
    }

    static boolean loaded() {
        return LOADED.get();
    }

    public static int touch() {
        LOADED.set(true);
        return 1;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        LOADED.set(true);
    }
}
