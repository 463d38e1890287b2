package app.nestegg.sync.plaid;

import app.nestegg.sync.fake.plaid.FakePlaidServer;
import java.time.Duration;

/** Plaid clients pointed at a fake. */
final class PlaidTestClients {

    /** Generous for a loopback fake; the timeout test sets its own. */
    static final PlaidTimeouts TIMEOUTS = PlaidTimeouts.all(Duration.ofSeconds(20));

    private PlaidTestClients() {}

    static PlaidSettings settings(FakePlaidServer fake) {
        return new PlaidSettings(
                PlaidEnvironment.parse(fake.environment(), "test"),
                FakePlaidServer.CLIENT_ID,
                FakePlaidServer.SECRET,
                fake.baseUrl());
    }

    static PlaidClient client(FakePlaidServer fake) {
        return new PlaidClient(settings(fake), TIMEOUTS);
    }

    static PlaidClient client(FakePlaidServer fake, PlaidTimeouts timeouts) {
        return new PlaidClient(settings(fake), timeouts);
    }
}
