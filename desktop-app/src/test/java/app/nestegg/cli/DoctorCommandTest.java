package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.diagnostics.LedgerDamage;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void sampleVault() {
        cli = new CliRunner(root);
        cli.init();
        Result demo = cli.runUnlocked("demo", "--transactions", "150", "--end", "2030-01-14");
        assertThat(demo.code()).as(demo.toString()).isZero();
    }

    @Test
    void passesOnAHealthySampleVault() {
        Result doctor = cli.runUnlocked("doctor");

        assertThat(doctor.code()).as(doctor.toString()).isZero();
        assertThat(doctor.out())
                .contains("version 21: ")
                .contains(", 0 pending, 0 failed")
                .contains("Database")
                .contains("Free space")
                .contains("JavaFX             not loaded")
                .contains("net-worth-snapshot")
                .contains("Last unlock: ")
                .endsWith("No problems found.\n");
    }

    @Test
    void jsonGivesEveryPartOfTheReport() throws Exception {
        JsonNode report =
                Json.mapper().readTree(cli.runUnlocked("doctor", "--json").out());

        assertThat(names(report))
                .containsExactly(
                        "healthy",
                        "checked_at",
                        "vault",
                        "schema",
                        "files",
                        "problems",
                        "jobs",
                        "connections",
                        "counters",
                        "runtime");
        assertThat(report.get("healthy").asBoolean()).isTrue();
        assertThat(report.get("checked_at").asText()).isEqualTo("2030-01-15T10:00:10Z");
        assertThat(report.at("/schema/version").asInt()).isEqualTo(21);
        assertThat(report.at("/schema/pending").asInt()).isZero();
        assertThat(report.at("/files/database_bytes").asLong()).isPositive();
        assertThat(report.at("/files/free_bytes").asLong()).isPositive();
        assertThat(report.at("/files/last_backup").has("age_seconds")).isTrue();
        assertThat(report.get("problems")).isEmpty();
        assertThat(report.get("jobs")).isNotEmpty();
        assertThat(report.at("/jobs/0").has("next_run")).isTrue();
        assertThat(report.get("connections")).isEmpty();
        assertThat(report.at("/counters/0/name").asText()).isEqualTo("LAST_UNLOCK");
        assertThat(report.at("/counters/0/rows").isNull()).isTrue();
        assertThat(report.at("/runtime/javafx").isNull()).isTrue();
        assertThat(report.at("/runtime/java").asText()).startsWith("25");
    }

    @Test
    void exitsOneWithTheProblemAndItsRowIdsWhenABalanceTotalIsWrong() throws Exception {
        UUID account = breakOneMonthTotal();

        Result doctor = cli.runUnlocked("doctor");
        JsonNode report =
                Json.mapper().readTree(cli.runUnlocked("doctor", "--json").out());

        assertThat(doctor.code()).as(doctor.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(doctor.out())
                .contains("1 problems found:")
                .contains("BALANCE_TOTAL_MISMATCH account_month_total [" + account + "]: ")
                .contains("the stored total is off by 1 minor units and 0 entries");
        assertThat(report.get("healthy").asBoolean()).isFalse();
        assertThat(report.get("problems")).hasSize(1);
        assertThat(report.at("/problems/0/kind").asText()).isEqualTo("BALANCE_TOTAL_MISMATCH");
        assertThat(report.at("/problems/0/row_ids/0").asText()).isEqualTo(account.toString());
    }

    /** Adds one cent to one account's stored month total, as a file changed outside the app would. */
    private UUID breakOneMonthTotal() {
        VaultSession session = new VaultService(cli.vaultEnvironment())
                .unlock(cli.vault, CliRunner.PASSPHRASE.toCharArray())
                .complete(SecondFactor.none());
        try {
            return LedgerDamage.addToOneAccountMonthTotal(session.database(), 1);
        } finally {
            session.lock();
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
