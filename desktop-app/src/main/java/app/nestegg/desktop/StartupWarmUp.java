package app.nestegg.desktop;

import app.nestegg.vault.store.Json;
import java.io.IOException;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Work the first screen needs anyway, started on a second core while JavaFX brings up its toolkit: setting up Logback
 * and building Jackson's first mapper (which reads the keyring) would otherwise come after the toolkit, one after the
 * other, before the unlock screen.
 */
final class StartupWarmUp {

    private StartupWarmUp() {}

    static void start() {
        Thread.ofPlatform().daemon().name("nest-egg-warm-up").start(StartupWarmUp::run);
    }

    private static void run() {
        LoggerFactory.getLogger(StartupWarmUp.class).debug("Warming up while the window toolkit starts");
        try {
            Json.mapper().writeValueAsString(Json.mapper().readValue("{\"warm\":1}", Map.class));
        } catch (IOException e) {
            // Nothing depends on the warm-up; the real first use reports its own problems.
        }
    }
}
