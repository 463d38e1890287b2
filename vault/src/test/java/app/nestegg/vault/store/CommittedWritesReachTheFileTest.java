package app.nestegg.vault.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.LedgerFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write is in the database file when its transaction returns, not up to H2's write delay later (ADR 0036): a copy of
 * the folder taken at that moment, as a killed process leaves it, holds it.
 */
class CommittedWritesReachTheFileTest {

    @TempDir
    Path folder;

    @Test
    void aCopyTakenRightAfterACommitAsAKillLeavesTheFolderHoldsTheWrite() throws IOException {
        Path killed = folder.resolve("as-a-kill-leaves-it");
        try (LedgerFixture vault = new LedgerFixture(folder)) {
            vault.account("Committed", LedgerFixture.USD, "12.34");
            copy(folder.resolve("vault"), killed);
        }

        VaultSession reopened = new TestVaults().unlock(killed);
        try {
            assertThat(reopened.ledger().accounts().list())
                    .extracting(Account::name)
                    .contains("Committed");
        } finally {
            reopened.lock();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
