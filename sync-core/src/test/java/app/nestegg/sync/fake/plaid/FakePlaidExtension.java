package app.nestegg.sync.fake.plaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link FakePlaidServer} for each test, closed afterwards; after each test it asserts that every exchange
 * conformed to Plaid's OpenAPI spec, so a test class using it fails on any spec problem its tests did not take on
 * purpose with {@link FakePlaidServer#takeValidationFailures()}.
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakePlaidExtension plaid = new FakePlaidExtension();
 * }</pre>
 */
public final class FakePlaidExtension implements BeforeEachCallback, AfterEachCallback {

    private final UnaryOperator<FakePlaidServer.Builder> configuration;
    private FakePlaidServer server;

    public FakePlaidExtension() {
        this(builder -> builder);
    }

    public FakePlaidExtension(UnaryOperator<FakePlaidServer.Builder> configuration) {
        this.configuration = configuration;
    }

    /** The current test's fake. */
    public FakePlaidServer server() {
        if (server == null) {
            throw new IllegalStateException("the fake runs only during a test");
        }
        return server;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server = configuration.apply(FakePlaidServer.builder()).start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (server.validating()) {
                assertThat(server.validationFailures())
                        .as("exchanges that do not conform to Plaid's OpenAPI spec")
                        .isEmpty();
            }
        } finally {
            server.close();
            server = null;
        }
    }
}
