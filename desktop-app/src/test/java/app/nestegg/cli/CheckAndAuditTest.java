package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.vault.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndAuditTest {

    @TempDir
    Path root;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(root);
        cli.init();
    }

    @Test
    void checkNamesEachItemWithItsLevel() {
        Result check = cli.runUnlocked("check");

        assertThat(check.code()).as(check.toString()).isZero();
        assertThat(check.out())
                .contains("[OK]       Key derivation: Argon2id, 64 MiB")
                .contains("[WARNING]  Two-step unlock: Off")
                .contains("File permissions")
                .contains("Last backup")
                .contains("Auto-lock");
    }

    @Test
    void checkAsJsonListsTheItems() throws Exception {
        Result check = cli.runUnlocked("check", "--json");

        JsonNode items = Json.mapper().readTree(check.out()).get("items");
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asText()));
        assertThat(names)
                .containsExactly("Key derivation", "Two-step unlock", "File permissions", "Last backup", "Auto-lock");
        assertThat(items.get(0).get("level").asText()).isEqualTo("OK");
    }

    @Test
    void auditNamesTheEventsNewestFirst() {
        cli.runWith("wrong horse battery staple 43", "audit");

        Result audit = cli.runUnlocked("audit");

        assertThat(audit.code()).isZero();
        List<String> lines = audit.out().lines().toList();
        assertThat(lines.getFirst()).contains("UNLOCKED");
        assertThat(audit.out())
                .contains("UNLOCK_FAILED            Wrong passphrase")
                .contains("TERMS_ACCEPTED")
                .contains("VAULT_CREATED")
                .contains("2030-01-15 10:00:10 Z");
    }

    @Test
    void auditAsJsonGivesTimeKindAndDetail() throws Exception {
        Result audit = cli.runUnlocked("--json", "audit", "--limit", "2");

        JsonNode events = Json.mapper().readTree(audit.out()).get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("kind").asText()).isEqualTo("UNLOCKED");
        assertThat(events.get(0).get("at").asText()).isEqualTo("2030-01-15T10:00:10Z");
        assertThat(events.get(1).has("detail")).isTrue();
    }

    @Test
    void auditRefusesALimitOutOfRange() {
        Result audit = cli.runUnlocked("audit", "--limit", "0");

        assertThat(audit.code()).isEqualTo(2);
        assertThat(audit.err()).contains("--limit");
    }
}
