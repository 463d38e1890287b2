package app.nestegg.sync.teller;

import static app.nestegg.sync.teller.TellerTestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.sync.fake.teller.FakeTellerAccount;
import app.nestegg.sync.fake.teller.FakeTellerCertificates;
import app.nestegg.sync.fake.teller.FakeTellerServer;
import app.nestegg.sync.fake.teller.FakeTellerTransaction;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.sync.provider.ProviderTransaction;
import app.nestegg.sync.provider.RemovedTransaction;
import app.nestegg.sync.provider.SyncCursor;
import app.nestegg.sync.provider.TransactionChanges;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transaction sync against the fake: whole history in pages first, then re-read windows with removals. */
class TellerSyncTest {
    private static final LocalDate FIRST_SYNC = LocalDate.of(2026, 3, 14);
    private static final LocalDate SECOND_SYNC = FIRST_SYNC.plusDays(3);
    private static final AccessToken TOKEN_VALUE = new AccessToken(TOKEN);

    @TempDir
    static Path dir;

    private static FakeTellerCertificates certificates;
    private static TellerIdentity.PemFiles pem;

    private FakeTellerServer fake;
    private FakeTellerAccount checking;
    private FakeTellerAccount card;

    @BeforeAll
    static void writeClientCertificateFiles() throws Exception {
        certificates = FakeTellerCertificates.create();
        pem = new TellerIdentity.PemFiles(dir.resolve("certificate.pem"), dir.resolve("private_key.pem"));
        FakeTellerCertificates.writePem(certificates.client(), pem.certificate(), pem.privateKey());
    }

    @BeforeEach
    void startFake() throws Exception {
        fake = FakeTellerServer.start(certificates);
        checking = FakeTellerAccount.checking("acc_check", "Checking", "3390");
        card = FakeTellerAccount.creditCard("acc_card", "Card", "8812");
        fake.enroll(TOKEN, checking, card);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void firstSyncReadsEveryRowExactlyOnceOverSeveralPages() {
        checking.generate(523, FIRST_SYNC, "txn_c");
        card.generate(201, FIRST_SYNC, "txn_k");

        Sync sync = syncOn(FIRST_SYNC, SyncCursor.START, 100);

        assertThat(sync.added).hasSize(724);
        assertThat(sync.added.stream().map(ProviderTransaction::id).distinct()).hasSize(724);
        assertThat(sync.removed).isEmpty();
        assertThat(sync.pages).isEqualTo(6 + 3);
        assertThat(fake.requestsTo("/accounts")).hasSize(1);
        assertThat(fake.requestsTo("/transactions"))
                .allSatisfy(r -> assertThat(r.getUrl().queryParameter("count")).isEqualTo("100"))
                .allSatisfy(
                        r -> assertThat(r.getUrl().queryParameter("start_date")).isNull());
        assertThat(sync.cursor.value()).hasSizeLessThan(300);
    }

    @Test
    void signsFollowTheAccountType() {
        checking.generate(2, FIRST_SYNC, "txn_c");
        card.generate(2, FIRST_SYNC, "txn_k");

        Map<String, BigDecimal> amounts = syncOn(FIRST_SYNC, SyncCursor.START, 100).added.stream()
                .collect(Collectors.toMap(ProviderTransaction::id, ProviderTransaction::amount));

        assertThat(amounts.get("txn_c_0")).isPositive(); // income into checking
        assertThat(amounts.get("txn_c_1")).isNegative(); // spending from checking
        assertThat(amounts.get("txn_k_0")).isPositive(); // a card payment: Teller negative
        assertThat(amounts.get("txn_k_1")).isNegative(); // a card purchase: Teller positive
    }

    @Test
    void rowsCarryTellersDetails() {
        checking.add(new FakeTellerTransaction(
                "txn_g", FIRST_SYNC, "-25.00", "POS DEBIT GREENLEAF", true, "card_payment", "groceries", "GREENLEAF"));

        ProviderTransaction row =
                syncOn(FIRST_SYNC, SyncCursor.START, 100).added.getFirst();

        assertThat(row)
                .isEqualTo(new ProviderTransaction(
                        "txn_g",
                        "acc_check",
                        FIRST_SYNC,
                        new BigDecimal("-25.00"),
                        "USD",
                        "POS DEBIT GREENLEAF",
                        "GREENLEAF",
                        true,
                        null,
                        "groceries"));
    }

    @Test
    void laterSyncRereadsAWindowAndReportsVanishedPendingRowsRemoved() {
        checking.generate(40, FIRST_SYNC.minusDays(1), "txn_c");
        checking.add(FakeTellerTransaction.pending("txn_p_post", FIRST_SYNC, "-12.00", "COFFEE"));
        checking.add(FakeTellerTransaction.pending("txn_p_lapse", FIRST_SYNC, "-50.00", "HOTEL HOLD"));
        checking.add(FakeTellerTransaction.pending("txn_p_stay", FIRST_SYNC, "-8.00", "BAKERY"));
        card.add(FakeTellerTransaction.pending("txn_k_stay", FIRST_SYNC, "30.00", "BOOKS"));
        SyncCursor first = syncOn(FIRST_SYNC, SyncCursor.START, 10).cursor;

        checking.post("txn_p_post", "txn_p_post_final", FIRST_SYNC.plusDays(2));
        checking.remove("txn_p_lapse");
        checking.add(FakeTellerTransaction.posted("txn_new", SECOND_SYNC, "-99.00", "GROCER"));
        checking.modify(FakeTellerTransaction.posted("txn_c_39", FIRST_SYNC.minusDays(1), "-1.00", "CORRECTED"));
        int requestsBefore = fake.requests().size();

        Sync second = syncOn(SECOND_SYNC, first, 10);

        Map<String, ProviderTransaction> added =
                second.added.stream().collect(Collectors.toMap(ProviderTransaction::id, Function.identity()));
        assertThat(added).containsKeys("txn_new", "txn_p_post_final", "txn_c_39", "txn_p_stay", "txn_k_stay");
        assertThat(added.get("txn_c_39").description()).isEqualTo("CORRECTED");
        assertThat(added.get("txn_p_post_final").pending()).isFalse();
        assertThat(added).doesNotContainKey("txn_c_0");
        assertThat(second.removed)
                .containsExactlyInAnyOrder(
                        new RemovedTransaction("txn_p_post", "acc_check"),
                        new RemovedTransaction("txn_p_lapse", "acc_check"));
        assertThat(fake.requests().subList(requestsBefore, fake.requests().size()))
                .filteredOn(r -> r.getUrl().encodedPath().endsWith("/transactions"))
                .allSatisfy(r -> assertThat(r.getUrl().queryParameter("start_date"))
                        .isEqualTo(FIRST_SYNC.minusDays(10).toString()));
    }

    @Test
    void pendingRowOlderThanTheWindowWidensItInsteadOfBeingRemoved() {
        checking.add(FakeTellerTransaction.pending("txn_old_hold", FIRST_SYNC.minusDays(25), "-40.00", "DEPOSIT HOLD"));
        SyncCursor first = syncOn(FIRST_SYNC, SyncCursor.START, 10).cursor;

        Sync second = syncOn(SECOND_SYNC, first, 10);

        assertThat(second.removed).isEmpty();
        assertThat(second.added).extracting(ProviderTransaction::id).contains("txn_old_hold");
    }

    @Test
    void accountAddedBetweenSyncsIsReadWhole() throws Exception {
        checking.generate(5, FIRST_SYNC, "txn_c");
        SyncCursor first = syncOn(FIRST_SYNC, SyncCursor.START, 10).cursor;
        FakeTellerAccount savings = FakeTellerAccount.withoutBalances("acc_save", "Savings", "1001")
                .generate(30, FIRST_SYNC.minusDays(200), "txn_s");
        fake.enroll(TOKEN, checking, card, savings);

        Sync second = syncOn(SECOND_SYNC, first, 10);

        assertThat(second.added)
                .filteredOn(t -> t.accountId().equals("acc_save"))
                .hasSize(30);
    }

    @Test
    void syncPagesSurviveARestartFromTheStoredCursor() {
        checking.generate(25, FIRST_SYNC, "txn_c");
        TellerClient client = TellerTestClients.client(fake, certificates, pem, FIRST_SYNC, 10, Duration.ofSeconds(10));
        TransactionChanges page = client.transactionChanges(TOKEN_VALUE, SyncCursor.START);
        List<String> ids = new ArrayList<>(
                page.added().stream().map(ProviderTransaction::id).toList());

        TellerClient restarted =
                TellerTestClients.client(fake, certificates, pem, FIRST_SYNC, 10, Duration.ofSeconds(10));
        for (SyncCursor cursor = page.nextCursor(); page.hasMore(); cursor = page.nextCursor()) {
            page = restarted.transactionChanges(TOKEN_VALUE, cursor);
            page.added().forEach(t -> ids.add(t.id()));
        }

        assertThat(ids).hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void closedAccountIsNotRead() {
        checking.generate(3, FIRST_SYNC, "txn_c");
        card.generate(3, FIRST_SYNC, "txn_k").close();

        Sync sync = syncOn(FIRST_SYNC, SyncCursor.START, 10);

        assertThat(sync.added).extracting(ProviderTransaction::accountId).containsOnly("acc_check");
        assertThat(fake.requestsTo("/acc_card/transactions")).isEmpty();
    }

    @Test
    void unreadableCursorIsATypedFailure() {
        TellerClient client = TellerTestClients.client(fake, certificates, pem, FIRST_SYNC);

        assertThatThrownBy(() -> client.transactionChanges(TOKEN_VALUE, new SyncCursor("{\"version\":99}")))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("sync again from the start");
    }

    private record Sync(
            List<ProviderTransaction> added, List<RemovedTransaction> removed, SyncCursor cursor, int pages) {}

    private Sync syncOn(LocalDate day, SyncCursor from, int pageSize) {
        TellerClient client = TellerTestClients.client(fake, certificates, pem, day, pageSize, Duration.ofSeconds(10));
        List<ProviderTransaction> added = new ArrayList<>();
        List<RemovedTransaction> removed = new ArrayList<>();
        SyncCursor cursor = from;
        int pages = 0;
        TransactionChanges page;
        do {
            page = client.transactionChanges(TOKEN_VALUE, cursor);
            assertThat(page.modified()).isEmpty();
            added.addAll(page.added());
            removed.addAll(page.removed());
            cursor = page.nextCursor();
            pages++;
        } while (page.hasMore());
        return new Sync(added, removed, cursor, pages);
    }
}
