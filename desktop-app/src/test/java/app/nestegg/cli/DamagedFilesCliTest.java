package app.nestegg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.vault.faults.CorruptionCases;
import app.nestegg.vault.faults.Damage;
import app.nestegg.vault.faults.FolderCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corruption harness of the vault module ({@code DamagedFilesTest}) through the command line, in-process: each
 * damaged file ends in its exit code and a one-line message that names what is damaged and what to do, never in a
 * crash report. Files: the database, keyring, lockout file, a backup, a plain export, a household bundle and a
 * member card.
 */
class DamagedFilesCliTest {

    private static final Duration CASE_TIMEOUT = Duration.ofSeconds(60);
    private static final int CI_CASES = 3;

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path template;

    /** Alice's vault (with a backup, an export, a bundle for Bob and a failed unlock), Bob's, Carol's card, a new vault. */
    @BeforeAll
    static void template() throws IOException {
        template = Files.createDirectory(shared.resolve("template"));
        CliRunner alice = new CliRunner(template);
        CliRunner bob = new CliRunner(Files.createDirectory(template.resolve("bob")));
        CliRunner carol = new CliRunner(Files.createDirectory(template.resolve("carol")));
        CliRunner fresh = new CliRunner(Files.createDirectory(template.resolve("fresh")));
        for (CliRunner runner : new CliRunner[] {alice, bob, carol, fresh}) {
            runner.init();
        }
        new LedgerFixture(alice).withAccounts();
        ok(alice, "household", "identity", "--name", "Alice");
        ok(bob, "household", "card", "--out", template.resolve("bob.card").toString());
        ok(alice, "household", "card", "--out", template.resolve("alice.card").toString());
        ok(carol, "household", "card", "--out", template.resolve("carol.card").toString());
        ok(alice, "household", "add-member", template.resolve("bob.card").toString(), "--yes");
        ok(bob, "household", "add-member", template.resolve("alice.card").toString(), "--yes");
        ok(
                alice,
                "household",
                "export-bundle",
                "--out",
                template.resolve("alice.nestegg-bundle").toString());
        ok(alice, "export", "--out", template.resolve("export.zip").toString());
        ok(alice, "backup", "now");
        alice.runWith("not the passphrase at all", "accounts", "list");
    }

    @TestFactory
    Stream<DynamicTest> aDamagedDatabaseExitsOneNamingTheNewestBackup() {
        return cases("database", folder -> folder.resolve("vault/vault.mv.db"), folder -> {
            Result result = new CliRunner(folder).runUnlocked("accounts", "list");
            assertThat(result.code()).isEqualTo(ExitCodes.FAILURE);
            assertThat(result.err()).contains("vault.mv.db", "is damaged", "Restore from the newest backup", "backups");
            return result;
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedKeyringIsDamagedOrAWrongPassphrase() {
        return cases("keyring", folder -> folder.resolve("vault/keyring.json"), folder -> {
            Result result = new CliRunner(folder).runUnlocked("accounts", "list");
            assertThat(result.code()).isIn(ExitCodes.OK, ExitCodes.FAILURE, ExitCodes.WRONG_CREDENTIALS);
            if (result.code() == ExitCodes.FAILURE) {
                assertThat(result.err()).contains("keyring.json", "is damaged");
            }
            return result;
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedLockoutFileStillUnlocksOrLocksOutForAtMostTheLockout() {
        return cases("lockout", folder -> folder.resolve("vault/lockout.json"), folder -> {
            Result result = new CliRunner(folder).runUnlocked("accounts", "list");
            assertThat(result.code()).isIn(ExitCodes.OK, ExitCodes.LOCKED_OUT);
            return result;
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedBackupIsRefusedByRestoreAndNothingChanges() {
        return cases("backup", DamagedFilesCliTest::backup, folder -> {
            CliRunner cli = new CliRunner(folder);
            Result result =
                    cli.runUnlocked("restore", backup(folder).getFileName().toString(), "--yes");
            assertThat(result.code()).isIn(ExitCodes.OK, ExitCodes.USAGE);
            if (result.code() != ExitCodes.OK) {
                assertThat(result.err()).contains("cannot be restored", "Nothing was changed");
            }
            Result check = cli.runUnlocked("doctor");
            assertThat(check.code()).as(check.toString()).isEqualTo(ExitCodes.OK);
            return result;
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedExportIsRefusedAndTheNewVaultStaysEmpty() {
        return cases("export", folder -> folder.resolve("export.zip"), folder -> {
            CliRunner fresh = new CliRunner(folder.resolve("fresh"));
            Result result =
                    fresh.runUnlocked("import", folder.resolve("export.zip").toString());
            assertThat(result.code()).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT_FILE);
            if (result.code() != ExitCodes.OK) {
                assertThat(result.err()).contains("export.zip");
                assertThat(ok(fresh, "accounts", "list").out()).doesNotContain("Everyday");
            }
            return result;
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedBundleIsRefusedWithExitFive() {
        return cases("bundle", folder -> folder.resolve("alice.nestegg-bundle"), folder -> {
            CliRunner bob = new CliRunner(folder.resolve("bob"));
            Result result = bob.runUnlocked(
                    "household", "merge", folder.resolve("alice.nestegg-bundle").toString());
            assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT_FILE);
            assertThat(result.err()).contains("alice.nestegg-bundle");
            assertThat(ok(bob, "accounts", "list").out()).doesNotContain("Everyday");
            return result;
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedMemberCardIsRefusedOrReadAsTheSameCard() {
        return cases("member card", folder -> folder.resolve("carol.card"), folder -> {
            Result result = new CliRunner(folder)
                    .runUnlocked(
                            "household",
                            "add-member",
                            folder.resolve("carol.card").toString(),
                            "--yes");
            assertThat(result.code()).isIn(ExitCodes.OK, ExitCodes.USAGE, ExitCodes.BAD_INPUT_FILE);
            if (result.code() != ExitCodes.OK) {
                assertThat(result.err()).contains("card");
            }
            return result;
        });
    }

    private Stream<DynamicTest> cases(String kind, Function<Path, Path> target, CheckedCase check) {
        return CorruptionCases.seeds(kind, CI_CASES)
                .mapToObj(seed -> DynamicTest.dynamicTest(
                        kind + " seed " + seed,
                        () -> assertTimeoutPreemptively(CASE_TIMEOUT, () -> {
                            Path folder = temp.resolve("case-" + seed);
                            FolderCopy.copy(template, folder);
                            String what = Damage.inflict(target.apply(folder), seed);
                            Result result;
                            try {
                                result = check.run(folder);
                            } catch (AssertionError e) {
                                throw new AssertionError(what + ": " + e.getMessage(), e);
                            }
                            assertThat(result.err())
                                    .as(what + "\n" + result)
                                    .doesNotContain("unexpected error", "Crash report", "Exception");
                            assertThat(result.err().lines().count())
                                    .as(what + "\n" + result)
                                    .isLessThanOrEqualTo(3);
                        })));
    }

    private static Path backup(Path folder) {
        try (Stream<Path> files = Files.list(folder.resolve("vault/backups"))) {
            return files.filter(file -> file.toString().endsWith(".zip"))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Result ok(CliRunner cli, String... args) {
        Result result = cli.runUnlocked(args);
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }

    @FunctionalInterface
    private interface CheckedCase {
        Result run(Path folder) throws Exception;
    }
}
