package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A vault whose command line talks to a fake Plaid over real HTTP through the environment it is given, and which
 * remembers every output so a test can check that no token or secret ever appeared in one.
 */
final class BankFixture {

    final CliRunner cli;
    final FakePlaidServer plaid;
    private final List<Result> results = new ArrayList<>();
    private final Set<String> extraSecrets = new LinkedHashSet<>();

    BankFixture(CliRunner cli, FakePlaidServer plaid) {
        this.cli = cli;
        this.plaid = plaid;
        // one time for both sides, as on a real computer: a link token's expiry is read against the command's clock
        plaid.clock().set(cli.clock.instant());
        cli.environment.put("PLAID_CLIENT_ID", FakePlaidServer.CLIENT_ID);
        cli.environment.put("PLAID_SECRET", FakePlaidServer.SECRET);
        cli.environment.put("PLAID_ENV", "sandbox");
        cli.environment.put("PLAID_BASE_URL", plaid.baseUrl());
    }

    /** Runs a command on the vault and keeps its output for {@link #assertNoSecretShown()}. */
    Result run(String... args) {
        Result result = cli.runUnlocked(args);
        results.add(result);
        return result;
    }

    Result ok(String... args) {
        Result result = run(args);
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }

    JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        return parse(ok(all.toArray(String[]::new)).out());
    }

    /** Links the sandbox bank and returns the fake's Item behind the new connection. */
    FakeItem linkSandbox() {
        ok("link", "plaid", "--sandbox");
        return plaid.item(lastAccessToken());
    }

    /** The access token the command line last sent to Plaid (tests read it from the fake's request log). */
    String lastAccessToken() {
        return plaid.exchanges("/accounts/get")
                .getLast()
                .body()
                .transform(BankFixture::parse)
                .get("access_token")
                .asText();
    }

    /** A secret the outputs must not show besides those the fake saw. */
    void secret(String value) {
        extraSecrets.add(value);
    }

    /** No output so far held Plaid's secret, an access token, a public token or a link token. */
    void assertNoSecretShown() {
        Set<String> secrets = new LinkedHashSet<>(extraSecrets);
        secrets.add(FakePlaidServer.SECRET);
        for (FakePlaidServer.Exchange exchange : plaid.exchanges()) {
            if (exchange.body().isBlank()) {
                continue;
            }
            JsonNode body = parse(exchange.body());
            for (String field : List.of("access_token", "public_token", "link_token")) {
                if (body.hasNonNull(field)) {
                    secrets.add(body.get(field).asText());
                }
            }
        }
        for (Result result : results) {
            for (String secret : secrets) {
                assertThat(result.out() + result.err())
                        .as("output of a command")
                        .doesNotContain(secret);
            }
        }
    }

    /** The ledger's rows of one account as {@code date amount}, ordered. */
    List<String> ledgerRows(String account) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : json("tx", "list", "--account", account, "--limit", "1000")) {
            rows.add(row.get("date").asText() + " " + row.get("amount").asText());
        }
        return rows.stream().sorted().toList();
    }

    /** The fake's rows of one Plaid account as the ledger should hold them: Plaid's sign turned round. */
    static List<String> fakeRows(FakeItem item, String plaidAccountId) {
        return item.transactions().stream()
                .filter(row -> row.accountId().equals(plaidAccountId))
                .map(row -> row.date() + " " + row.amount().negate().setScale(2).toPlainString())
                .sorted()
                .toList();
    }

    static JsonNode parse(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
