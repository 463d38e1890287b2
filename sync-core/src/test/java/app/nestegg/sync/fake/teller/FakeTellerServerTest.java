package app.nestegg.sync.fake.teller;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fake's own fidelity to Teller's documented shapes, read with a plain HTTP client. */
class FakeTellerServerTest {
    private static final String TOKEN = "token_fake_fidelity";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private static FakeTellerCertificates certificates;
    private FakeTellerServer fake;
    private OkHttpClient http;

    @BeforeAll
    static void makeCertificates() {
        certificates = FakeTellerCertificates.create();
    }

    @BeforeEach
    void start() throws IOException {
        fake = FakeTellerServer.start(certificates);
        FakeTellerAccount checking = FakeTellerAccount.checking("acc_c", "Checking", "3390")
                .balances("10.00", null)
                .generate(10, DAY, "txn");
        checking.add(FakeTellerTransaction.pending("txn_p", DAY, "-4.50", "HOLD"));
        fake.enroll(TOKEN, checking, FakeTellerAccount.withoutBalances("acc_s", "Savings", "1001"));
        HandshakeCertificates tls = new HandshakeCertificates.Builder()
                .addTrustedCertificate(certificates.authorityCertificate())
                .heldCertificate(certificates.client())
                .build();
        http = new OkHttpClient.Builder()
                .sslSocketFactory(tls.sslSocketFactory(), tls.trustManager())
                .build();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void linksOmitWhatTheBankDoesNotOffer() throws IOException {
        JsonNode accounts = get("/accounts");

        assertThat(accounts.get(0).path("links").has("balances")).isTrue();
        assertThat(accounts.get(1).path("links").has("balances")).isFalse();
        assertThat(accounts.get(1).path("links").path("transactions").asText())
                .isEqualTo(fake.baseUrl() + "/accounts/acc_s/transactions");
    }

    @Test
    void moneyIsTextAndPendingRowsHaveNoRunningBalance() throws IOException {
        JsonNode rows = get("/accounts/acc_c/transactions");

        assertThat(rows).hasSize(11);
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.path("amount").isTextual()).isTrue());
        JsonNode pending = rows.get(0);
        assertThat(pending.path("id").asText()).isEqualTo("txn_p");
        assertThat(pending.path("status").asText()).isEqualTo("pending");
        assertThat(pending.path("running_balance").isNull()).isTrue();
        assertThat(get("/accounts/acc_c/balances").path("available").isNull()).isTrue();
    }

    @Test
    void newestFirstAndFromIdPagesBackwards() throws IOException {
        List<String> ids = new ArrayList<>();
        String fromId = null;
        for (int page = 0; page < 5; page++) {
            JsonNode rows = get("/accounts/acc_c/transactions?count=4" + (fromId == null ? "" : "&from_id=" + fromId));
            rows.forEach(row -> ids.add(row.path("id").asText()));
            if (rows.size() < 4) {
                break;
            }
            fromId = rows.get(rows.size() - 1).path("id").asText();
        }

        assertThat(ids)
                .containsExactly(
                        "txn_p", "txn_9", "txn_8", "txn_7", "txn_6", "txn_5", "txn_4", "txn_3", "txn_2", "txn_1",
                        "txn_0");
    }

    @ParameterizedTest(name = "{0}..{1} -> {2} rows")
    @CsvSource({"2026-03-12, 2026-03-13, 2", "2026-03-14, 2026-03-14, 2", "2026-03-05, 2026-03-05, 1", "2026-03-01,, 11"
    })
    void dateFiltersIncludeBothEnds(String start, String end, int expected) throws IOException {
        String query = "?start_date=" + start + (end == null ? "" : "&end_date=" + end);

        assertThat(get("/accounts/acc_c/transactions" + query)).hasSize(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"'', 401", "token_unknown, 403"})
    void tokenIsCheckedAsTheBasicUserName(String token, int status) throws IOException {
        Request.Builder request = new Request.Builder().url(fake.baseUrl() + "/accounts");
        if (!token.isEmpty()) {
            request.header("Authorization", Credentials.basic(token, ""));
        }
        try (Response response = http.newCall(request.build()).execute()) {
            assertThat(response.code()).isEqualTo(status);
        }
    }

    private JsonNode get(String path) throws IOException {
        Request request = new Request.Builder()
                .url(fake.baseUrl() + path)
                .header("Authorization", Credentials.basic(TOKEN, ""))
                .build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            return Json.mapper().readTree(response.body().string());
        }
    }
}
