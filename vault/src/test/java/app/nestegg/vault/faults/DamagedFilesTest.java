package app.nestegg.vault.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.nestegg.vault.BadInputException;
import app.nestegg.vault.LockedOutException;
import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.WrongCredentialsException;
import app.nestegg.vault.diagnostics.LedgerCheck;
import app.nestegg.vault.exchange.export.ExportException;
import app.nestegg.vault.exchange.export.ExportProgress;
import app.nestegg.vault.exchange.export.VaultExporter;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.security.UnlockGuard;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import app.nestegg.vault.store.VaultFolder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded damage to every file the vault reads (see {@link Damage}): each case must end in a typed failure whose
 * message says what is damaged and what to do, or in a vault that still works; never another exception or a hang.
 */
class DamagedFilesTest {

    private static final Duration CASE_TIMEOUT = Duration.ofSeconds(60);
    private static final int CI_CASES = 6;
    private static final int TRANSACTIONS = 30;
    private static final String EXPORT_PASSPHRASE = "copper kettle winter 31";

    @TempDir
    Path temp;

    private final TestVaults vaults = new TestVaults();

    @TestFactory
    Stream<DynamicTest> aDamagedCleanlyLockedDatabaseIsReportedDamagedNamingTheNewestBackup() throws IOException {
        Path template = lockedVaultWithBackup("sealed");
        return cases("database", template, folder -> new VaultFolder(folder).databaseFile(), (folder, what) -> {
            Path backup = new VaultFolder(folder).newestBackup().orElseThrow();
            try {
                vaults.unlock(folder).lock();
                throw new AssertionError("a damaged sealed database opened: " + what);
            } catch (VaultDamagedException e) {
                assertThat(e.getMessage()).as(what).contains("vault.mv.db", "damaged", backup.toString());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedDatabaseLeftOpenByACrashOpensWholeOrIsReportedDamaged() throws IOException {
        Path template = lockedVaultWithBackup("unsealed");
        Files.writeString(new VaultFolder(template).seal(), "{\"state\":\"OPEN\",\"size\":0,\"mac\":\"\"}");
        return cases(
                "unsealed database", template, folder -> new VaultFolder(folder).databaseFile(), (folder, what) -> {
                    try (VaultSession session = vaults.unlock(folder)) {
                        assertThat(new LedgerCheck(
                                                session.database(),
                                                session.ledger().changeLog().memberId())
                                        .run())
                                .as(what)
                                .isEmpty();
                        // H2 opens the newest chunk it can read whole: a cut file may open at an earlier state
                        assertThat(session.ledger().accounts().list()).as(what).hasSizeLessThanOrEqualTo(1);
                    } catch (VaultDamagedException e) {
                        assertThat(e.getMessage()).as(what).contains("damaged", "Restore from the newest backup");
                    }
                });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedKeyringIsDamagedOrAWrongPassphraseNeverACrash() throws IOException {
        Path template = lockedVaultWithBackup("keyring");
        return cases("keyring", template, folder -> new VaultFolder(folder).keyring(), (folder, what) -> {
            try {
                vaults.unlock(folder).lock();
            } catch (VaultDamagedException e) {
                assertThat(e.getMessage()).as(what).contains("keyring.json", "damaged");
            } catch (WrongCredentialsException e) {
                assertThat(e.getMessage()).as(what).contains("passphrase");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedLockoutFileNeverLocksLongerThanTheLockoutNorWaitsLongerThanItsPacing()
            throws IOException {
        Path template = lockedVaultWithBackup("lockout");
        try {
            vaults.service.unlock(template, "not the passphrase at all".toCharArray());
        } catch (WrongCredentialsException expected) {
            // one failure recorded, so the file holds times and a count
        }
        return cases("lockout", template, folder -> new VaultFolder(folder).lockout(), (folder, what) -> {
            Instant now = vaults.clock.instant();
            vaults.pauses.clear();
            try {
                vaults.unlock(folder).lock();
            } catch (LockedOutException e) {
                assertThat(e.lockedUntil()).as(what).isBeforeOrEqualTo(now.plus(UnlockGuard.LOCKOUT));
            }
            assertThat(vaults.pauses)
                    .as(what)
                    .allSatisfy(pause -> assertThat(pause).isBeforeOrEqualTo(now.plus(UnlockGuard.LOCKOUT)));
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedSealOpensTheVaultOrReportsItDamaged() throws IOException {
        Path template = lockedVaultWithBackup("seal");
        return cases("seal", template, folder -> new VaultFolder(folder).seal(), (folder, what) -> {
            try {
                vaults.unlock(folder).lock();
            } catch (VaultDamagedException e) {
                assertThat(e.getMessage()).as(what).contains("damaged", "Restore from the newest backup");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedBackupIsRefusedByRestoreAndTheVaultIsUnchanged() throws IOException {
        Path template = lockedVaultWithBackup("backup");
        return cases("backup", template, DamagedFilesTest::onlyBackup, (folder, what) -> {
            BackupFile backup;
            try (VaultSession session = vaults.unlock(folder)) {
                backup = session.backups().list().getLast();
                session.restore(backup);
            } catch (BadInputException e) {
                assertThat(e.getMessage())
                        .as(what)
                        .contains(backup(folder), "cannot be restored", "Nothing was changed");
            }
            try (VaultSession session = vaults.unlock(folder)) {
                assertThat(session.ledger().accounts().list()).as(what).hasSize(1);
                assertThat(new LedgerCheck(
                                        session.database(),
                                        session.ledger().changeLog().memberId())
                                .run())
                        .as(what)
                        .isEmpty();
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aDamagedEncryptedExportIsRefusedAndNothingIsRestored() throws IOException {
        return exportCases("encrypted export", Optional.of(EXPORT_PASSPHRASE));
    }

    @TestFactory
    Stream<DynamicTest> aDamagedPlainExportIsRefusedAndNothingIsRestored() throws IOException {
        return exportCases("plain export", Optional.empty());
    }

    private Stream<DynamicTest> exportCases(String kind, Optional<String> passphrase) throws IOException {
        Path template = temp.resolve(kind.replace(' ', '-'));
        Path export = template.resolve("export.bin");
        try (VaultSession session = vaults.create(template.resolve("source"))) {
            fill(session.ledger());
            new VaultExporter(session.ledger(), "test", vaults.clock, new SecureRandom(), 10)
                    .export(export, passphrase.map(String::toCharArray), ExportProgress.NONE);
        }
        vaults.create(template.resolve("target")).lock();
        return cases(kind, template, folder -> folder.resolve("export.bin"), (folder, what) -> {
            try (VaultSession session = vaults.unlock(folder.resolve("target"))) {
                try {
                    session.exportRestore()
                            .restore(
                                    folder.resolve("export.bin"),
                                    passphrase.map(String::toCharArray),
                                    ExportProgress.NONE);
                    assertThat(session.ledger().register().count(app.nestegg.vault.ledger.RegisterQuery.all()))
                            .as(what)
                            .isEqualTo(TRANSACTIONS);
                } catch (ExportException e) {
                    assertThat(e.getMessage()).as(what).contains("export.bin");
                    assertThat(session.ledger().accounts().list()).as(what).isEmpty();
                }
            }
        });
    }

    private Stream<DynamicTest> cases(String kind, Path template, Target target, Check check) {
        return CorruptionCases.seeds(kind, CI_CASES)
                .mapToObj(seed -> DynamicTest.dynamicTest(
                        kind + " seed " + seed,
                        () -> assertTimeoutPreemptively(CASE_TIMEOUT, () -> {
                            Path folder = temp.resolve(kind.replace(' ', '-') + "-" + seed);
                            FolderCopy.copy(template, folder);
                            String what = Damage.inflict(target.in(folder), seed);
                            check.run(folder, what);
                        })));
    }

    /** A vault with one account of {@value #TRANSACTIONS} transactions and one manual backup, locked cleanly. */
    private Path lockedVaultWithBackup(String name) {
        Path folder = temp.resolve("template-" + name);
        try (VaultSession session = vaults.create(folder)) {
            fill(session.ledger());
            session.backups().create(BackupKind.MANUAL);
        }
        return folder;
    }

    private static void fill(Ledger ledger) {
        var account = ledger.accounts()
                .add(AccountDraft.of("Everyday", AccountType.CHECKING, Currency.getInstance("EUR"), BigDecimal.TEN)
                        .withOpeningDate(LocalDate.of(2026, 1, 1)));
        for (int i = 0; i < TRANSACTIONS; i++) {
            ledger.transactions()
                    .add(TransactionDraft.of(
                            account.id(), LocalDate.of(2026, 2, 1).plusDays(i), new BigDecimal("-4.25"), "Cafe " + i));
        }
    }

    private static Path onlyBackup(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(new VaultFolder(folder).backups())) {
            return files.filter(file -> file.toString().endsWith(".zip"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static String backup(Path folder) throws IOException {
        return onlyBackup(folder).getFileName().toString();
    }

    @FunctionalInterface
    private interface Target {
        Path in(Path folder) throws IOException;
    }

    @FunctionalInterface
    private interface Check {
        void run(Path folder, String what) throws Exception;
    }
}
