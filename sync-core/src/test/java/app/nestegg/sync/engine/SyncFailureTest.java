package app.nestegg.sync.engine;

import static app.nestegg.sync.engine.SyncFixture.CHECKING;
import static app.nestegg.sync.engine.SyncFixture.TOKEN;
import static app.nestegg.sync.engine.SyncFixture.posted;
import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.provider.ProviderFailure;
import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankConnectionException;
import app.nestegg.vault.bank.ConnectionStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncFailureTest {

    @TempDir
    Path folder;

    SyncFixture sync;

    @BeforeEach
    void open() {
        sync = new SyncFixture(folder, 2);
        sync.provider.added(posted("t1", CHECKING, "2026-11-01", "-1.00", "One"));
    }

    @AfterEach
    void close() {
        sync.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "LOGIN_REQUIRED, NEEDS_RELINK",
        "ACCESS_REVOKED, NEEDS_RELINK",
        "RATE_LIMITED, RETRY_LATER",
        "OUTAGE, RETRY_LATER",
        "NETWORK, RETRY_LATER",
        "BAD_CREDENTIALS, FAILED",
        "MALFORMED_RESPONSE, FAILED",
        "OTHER, FAILED"
    })
    void eachFailureGivesItsStatusAndTheProvidersMessage(ProviderFailure failure, ConnectionStatus status) {
        sync.provider.failEverything(failure);

        SyncReport report = sync.sync();

        assertThat(report.status()).isEqualTo(status);
        assertThat(report.error().code()).isEqualTo(failure.name());
        assertThat(report.error().message()).contains(failure.name().toLowerCase(java.util.Locale.ROOT));
        BankConnection stored = sync.fx.ledger.bankConnections().get(sync.connection.id());
        assertThat(stored.status()).isEqualTo(status);
        assertThat(stored.failureCount()).isEqualTo(1);
        assertThat(stored.lastError()).isEqualTo(report.error());
        assertThat(stored.nextRetryAt() == null).isEqualTo(status == ConnectionStatus.NEEDS_RELINK);
    }

    @Test
    void aRateLimitWaitsWithGrowingBackoffAndSyncAllSkipsItUntilThen() {
        Instant start = sync.fx.vaults.clock.instant();
        sync.provider.failEverything(ProviderFailure.RATE_LIMITED);

        sync.sync();
        BankConnection once = sync.fx.ledger.bankConnections().get(sync.connection.id());
        assertThat(once.nextRetryAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
        assertThat(sync.engine.syncAll()).as("not due yet").isEmpty();

        sync.fx.vaults.clock.advance(Duration.ofMinutes(1));
        assertThat(sync.engine.syncAll())
                .singleElement()
                .satisfies(r -> assertThat(r.succeeded()).isFalse());
        BankConnection twice = sync.fx.ledger.bankConnections().get(sync.connection.id());
        assertThat(twice.failureCount()).isEqualTo(2);
        assertThat(twice.nextRetryAt()).isEqualTo(start.plus(Duration.ofMinutes(3)));

        sync.provider.recover();
        assertThat(sync.engine.syncAll()).isEmpty();
        assertThat(sync.engine.syncAll(true)).singleElement().satisfies(r -> {
            assertThat(r.succeeded()).isTrue();
            assertThat(r.status()).isEqualTo(ConnectionStatus.ACTIVE);
        });
        BankConnection ok = sync.fx.ledger.bankConnections().get(sync.connection.id());
        assertThat(ok.failureCount()).isZero();
        assertThat(ok.nextRetryAt()).isNull();
        assertThat(sync.rowCount()).isEqualTo(1);
    }

    @Test
    void theBackoffDoublesUpToSixHours() {
        assertThat(Backoff.delay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.delay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.delay(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(Backoff.delay(10)).isEqualTo(Duration.ofHours(6));
        assertThat(Backoff.delay(500)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aLoginRequiredWaitsForTheUserAndSyncAllLeavesItAlone() {
        sync.provider.failEverything(ProviderFailure.LOGIN_REQUIRED);

        assertThat(sync.sync().status()).isEqualTo(ConnectionStatus.NEEDS_RELINK);
        sync.fx.vaults.clock.advance(Duration.ofDays(2));
        assertThat(sync.engine.syncAll(true)).isEmpty();

        sync.provider.recover();
        sync.fx.ledger.bankConnections().relinked(sync.connection.id(), TOKEN);
        assertThat(sync.engine.syncAll())
                .singleElement()
                .satisfies(r -> assertThat(r.succeeded()).isTrue());
    }

    @Test
    void aRowInAnotherCurrencyFailsTheSyncNamingAccountAndTransaction() {
        sync.provider.added(inEuro("eur-1"));

        SyncReport report = sync.sync();

        assertThat(report.status()).isEqualTo(ConnectionStatus.FAILED);
        assertThat(report.error().code()).isEqualTo("SyncException");
        assertThat(report.error().message()).contains("eur-1", "Everyday Checking", "EUR", "USD");
        assertThat(sync.rowCount())
                .as("the page with the refused row rolled back")
                .isZero();
        assertThat(sync.fx.ledger.bankConnections().cursor(sync.connection.id()))
                .isEmpty();
    }

    @Test
    void aPageTheLedgerRefusesRollsBackAloneAndThePagesBeforeItStay() {
        sync.provider.added(posted("t2", CHECKING, "2026-11-02", "-2.00", "Two"), inEuro("eur-1"));

        SyncReport report = sync.sync();

        assertThat(report.status()).isEqualTo(ConnectionStatus.FAILED);
        assertThat(report.changesOf(sync.accountOf(CHECKING)).added()).isEqualTo(2);
        assertThat(sync.rowCount()).isEqualTo(2);
        assertThat(sync.fx.ledger.bankConnections().cursor(sync.connection.id()))
                .as("the cursor after the first page, which committed")
                .isEqualTo("pos-2");
    }

    @Test
    void aRemovedConnectionIsNotSynced() {
        sync.sync();
        sync.fx.ledger.bankConnections().remove(sync.connection.id());

        assertThatThrownBy(() -> sync.sync())
                .isInstanceOf(BankConnectionException.class)
                .hasMessageContaining("First Platypus Bank");
        assertThat(sync.engine.syncAll(true)).isEmpty();
        assertThat(sync.rowCount()).as("its rows stay").isEqualTo(1);
    }

    @Test
    void theTokenNeverReachesTheChangeLogOrAReport() {
        sync.provider.failPageCall(2, ProviderFailure.OUTAGE);
        sync.provider.added(
                posted("t2", CHECKING, "2026-11-02", "-2.00", "Two"),
                posted("t3", CHECKING, "2026-11-03", "-3.00", "Three"));

        SyncReport failed = sync.sync();
        sync.fx.vaults.clock.advance(Duration.ofHours(1));
        sync.sync();

        assertThat(failed.toString()).doesNotContain(TOKEN);
        java.util.List<String> logged = sync.fx
                .session
                .database()
                .read(dsl -> dsl.selectFrom(CHANGE_LOG).fetch(CHANGE_LOG.CHANGED_COLUMNS));
        assertThat(logged).isNotEmpty().noneMatch(columns -> columns.contains(TOKEN));
    }

    private static ProviderTransaction inEuro(String id) {
        return new ProviderTransaction(
                id,
                CHECKING,
                LocalDate.of(2026, 11, 2),
                new BigDecimal("-5.00"),
                "EUR",
                "Paris Cafe",
                null,
                false,
                null,
                null);
    }
}
