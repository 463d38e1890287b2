package app.nestegg.vault.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.fuzz.SeedDamage;
import app.nestegg.vault.store.VaultFolder;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The small JSON files beside the database: {@code keyring.json} is read or refused as damaged; {@code lockout.json}
 * is always read, an unreadable one starting a clean count (ADR 0038).
 */
class VaultFilesFuzzTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final SeedDamage KEYRINGS =
            SeedDamage.of(VaultFilesFuzzTest.class, "keyringIsReadOrRefusedAsDamaged");
    private static final SeedDamage LOCKOUTS = SeedDamage.of(VaultFilesFuzzTest.class, "lockoutFileAlwaysGivesAState");

    @FuzzTest(maxDuration = "10s")
    void keyringIsReadOrRefusedAsDamaged(byte[] raw) {
        byte[] content = KEYRINGS.input(raw);
        KEYRINGS.keepIfItFails(
                content,
                () -> withFolder(content, "keyring.json", folder -> {
                    try {
                        KeyringFile.read(folder);
                    } catch (VaultDamagedException expected) {
                        // Refusing the keyring with a message is the correct outcome.
                    }
                }));
    }

    @FuzzTest(maxDuration = "10s")
    void lockoutFileAlwaysGivesAState(byte[] raw) {
        byte[] content = LOCKOUTS.input(raw);
        LOCKOUTS.keepIfItFails(
                content,
                () -> withFolder(
                        content,
                        "lockout.json",
                        folder -> assertThat(new LockoutFile(folder).read(NOW)).isNotNull()));
    }

    private static void withFolder(byte[] content, String name, Consumer<VaultFolder> read) {
        try {
            Path folder = Files.createTempDirectory("fuzzed-vault");
            Path file = folder.resolve(name);
            try {
                Files.write(file, content);
                read.accept(new VaultFolder(folder));
            } finally {
                Files.delete(file);
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
