package app.nestegg.vault.bank;

import static app.nestegg.vault.store.generated.Tables.BANK_CONNECTION;
import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.exchange.export.ExportProgress;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountOrigin;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankConnectionsTest {

    static final String TOKEN = "access-sandbox-5f1c2d3e-token-never-in-clear";

    @TempDir
    Path folder;

    LedgerFixture fx;
    BankConnections connections;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        connections = fx.ledger.bankConnections();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aNewConnectionIsActiveAtTheStartAndGivesItsTokenOnlyWhenAsked() {
        BankConnection added = connections.add(BankProviderKind.PLAID, "First Platypus Bank", "item-1", TOKEN);

        assertThat(added.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(added.failureCount()).isZero();
        assertThat(added.lastSyncedAt()).isNull();
        assertThat(added.toString()).doesNotContain(TOKEN);
        assertThat(connections.list()).containsExactly(added);
        assertThat(connections.cursor(added.id())).isEmpty();
        assertThat(connections.accessToken(added.id())).isEqualTo(TOKEN);
    }

    @Test
    void theTokenIsStoredSealedAndNeverInTheChangeLog() {
        BankConnection added = connections.add(BankProviderKind.TELLER, "Bank", "enr-1", TOKEN);

        byte[] sealed = fx.session
                .database()
                .read(dsl -> dsl.select(BANK_CONNECTION.ACCESS_TOKEN_SEALED)
                        .from(BANK_CONNECTION)
                        .where(BANK_CONNECTION.ID.eq(added.id()))
                        .fetchOne(BANK_CONNECTION.ACCESS_TOKEN_SEALED));
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
        int bankEntries =
                fx.session.database().read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.TABLE_NAME.like("bank%")));
        List<String> logged =
                fx.session.database().read(dsl -> dsl.selectFrom(CHANGE_LOG).fetch(CHANGE_LOG.CHANGED_COLUMNS));
        assertThat(bankEntries).isZero();
        assertThat(logged).isNotEmpty().noneMatch(columns -> columns.contains(TOKEN) || columns.contains("item-1"));
    }

    @Test
    void theTokenIsInNeitherTheDatabaseFileNorAnExport() throws IOException {
        connections.add(BankProviderKind.PLAID, "Bank", "item-1", TOKEN);
        fx.account("Checking", LedgerFixture.USD, "10");
        Path export = folder.resolve("export.zip");
        fx.session.exporter().export(export, Optional.empty(), ExportProgress.NONE);
        fx.close();

        assertThat(new String(Files.readAllBytes(folder.resolve("vault/vault.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain(TOKEN);
        assertThat(unzipped(export)).contains("Checking").doesNotContain(TOKEN).doesNotContain("item-1");
    }

    @Test
    void failuresAreCountedAndASuccessClearsThem() {
        BankConnection added = connections.add(BankProviderKind.PLAID, "Bank", "item-1", TOKEN);
        Instant now = fx.vaults.clock.instant();

        connections.recordFailure(
                added.id(), ConnectionStatus.RETRY_LATER, new ConnectionError("RATE_LIMITED", "Slow down"), now);
        BankConnection twice = connections.recordFailure(
                added.id(),
                ConnectionStatus.RETRY_LATER,
                new ConnectionError("RATE_LIMITED", "Slow down"),
                now.plus(Duration.ofMinutes(2)));

        assertThat(twice.failureCount()).isEqualTo(2);
        assertThat(twice.lastError()).isEqualTo(new ConnectionError("RATE_LIMITED", "Slow down"));
        assertThat(twice.isDue(now)).isFalse();
        assertThat(twice.isDue(now.plus(Duration.ofMinutes(2)))).isTrue();

        BankConnection ok = connections.recordSuccess(added.id(), now.plusSeconds(300));
        assertThat(ok.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(ok.failureCount()).isZero();
        assertThat(ok.lastError()).isNull();
        assertThat(ok.nextRetryAt()).isNull();
        assertThat(ok.lastSyncedAt()).isEqualTo(now.plusSeconds(300));
    }

    @Test
    void aCursorStoredInAWriteThatRollsBackIsNotStored() {
        BankConnection added = connections.add(BankProviderKind.PLAID, "Bank", "item-1", TOKEN);
        connections.beginRun(added.id());

        assertThatThrownBy(() -> fx.ledger.changeLog().write(w -> {
                    connections.storeCursor(w, added.id(), "page-2", false);
                    throw new IllegalStateException("the page failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(connections.cursor(added.id())).isEmpty();

        fx.ledger.changeLog().write(w -> {
            connections.storeCursor(w, added.id(), "page-2", false);
            return null;
        });
        assertThat(connections.cursor(added.id())).isEqualTo("page-2");
        assertThat(connections.restartRun(added.id()))
                .as("back to where the run began")
                .isEmpty();
    }

    @Test
    void aRunKeepsItsFirstCursorUntilItsLastPage() {
        BankConnection added = connections.add(BankProviderKind.PLAID, "Bank", "item-1", TOKEN);
        fx.ledger.changeLog().write(w -> {
            connections.storeCursor(w, added.id(), "c1", true);
            return null;
        });

        assertThat(connections.beginRun(added.id())).isEqualTo("c1");
        fx.ledger.changeLog().write(w -> {
            connections.storeCursor(w, added.id(), "c2", false);
            return null;
        });
        assertThat(connections.beginRun(added.id()))
                .as("a resumed run keeps its start")
                .isEqualTo("c1");
        fx.ledger.changeLog().write(w -> {
            connections.storeCursor(w, added.id(), "c3", true);
            return null;
        });
        assertThat(connections.beginRun(added.id()))
                .as("the next run starts where the last ended")
                .isEqualTo("c3");
    }

    @Test
    void removingForgetsTheTokenAndUnlinksButKeepsTheAccountAndItsRows() {
        BankConnection added = connections.add(BankProviderKind.PLAID, "Bank", "item-1", TOKEN);
        Account account = fx.account("Checking", LedgerFixture.USD, "0");
        fx.add(account, "2026-11-02", "-4.00", "Cafe");
        LinkedAccount link = fx.ledger.changeLog().write(w -> connections.link(w, added.id(), "acc-1", account.id()));
        connections.storeBalance(
                link.id(),
                new ReportedBalance(new Money(-400, LedgerFixture.USD), null, null, fx.vaults.clock.instant()));
        assertThat(connections.links(added.id()))
                .singleElement()
                .satisfies(l -> assertThat(l.balance().current()).isEqualTo(new Money(-400, LedgerFixture.USD)));

        BankConnection removed = connections.remove(added.id());

        assertThat(removed.status()).isEqualTo(ConnectionStatus.DISCONNECTED);
        assertThat(connections.links(added.id())).isEmpty();
        assertThatThrownBy(() -> connections.accessToken(added.id()))
                .isInstanceOf(BankConnectionException.class)
                .hasMessageContaining("Bank")
                .hasMessageNotContaining(TOKEN);
        assertThat(fx.ledger.accounts().get(account.id()).origin()).isEqualTo(AccountOrigin.MANUAL);
        assertThat(fx.ledger.balances().balance(account.id(), java.time.LocalDate.of(2026, 12, 1)))
                .isEqualTo(new Money(-400, LedgerFixture.USD));
    }

    @Test
    void anUnknownConnectionIsRefusedByName() {
        java.util.UUID missing = app.nestegg.vault.store.Ids.newId();

        assertThatThrownBy(() -> connections.get(missing))
                .isInstanceOf(BankConnectionException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aConnectionWithoutATokenIsRefused() {
        assertThatThrownBy(() -> connections.add(BankProviderKind.PLAID, "Bank", "item-1", " "))
                .isInstanceOf(BankConnectionException.class)
                .hasMessageContaining("access token");
    }

    private static String unzipped(Path zip) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                entries.transferTo(all);
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
