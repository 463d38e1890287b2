package app.nestegg.cli;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.cli.CliRunner.Result;
import app.nestegg.cli.CrashKill.Outcome;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultService;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.diagnostics.LedgerCheck;
import app.nestegg.vault.diagnostics.Problem;
import app.nestegg.vault.ledger.budget.BudgetLine;
import app.nestegg.vault.security.Keyring;
import app.nestegg.vault.security.KeyringFile;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import app.nestegg.vault.store.VaultFolder;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.AEADBadTagException;

/**
 * What must hold in a vault after its command was killed: the keyring unlocks with the old or the new passphrase, the
 * vault opens, the ledger check finds nothing, the killed operation is wholly there or wholly absent (wholly there when
 * it had reported success), and every backup under its final name restores.
 */
final class CrashCheck {

    private final CrashFixture fixture;

    CrashCheck(CrashFixture fixture) {
        this.fixture = fixture;
    }

    /** Every way the copy falls short after {@code outcome}; empty when the kill did no harm. */
    List<String> problems(CliRunner copy, Outcome outcome) {
        List<String> problems = new ArrayList<>();
        Optional<String> passphrase = workingPassphrase(copy, outcome, problems);
        if (passphrase.isEmpty()) {
            return problems;
        }
        try {
            VaultSession session = unlock(copy, passphrase.get());
            try {
                ledgerCheck(session, "", problems);
                switch (outcome.operation()) {
                    case IMPORT ->
                        wholeAccount(session, CrashFixture.IMPORTED, CrashFixture.IMPORT_ROWS, true, outcome, problems);
                    case MERGE ->
                        wholeAccount(session, CrashFixture.JOINT, CrashFixture.BUNDLE_ROWS, false, outcome, problems);
                    case BUDGET -> budget(session, outcome, problems);
                    default -> {}
                }
            } finally {
                session.lock();
            }
            if (outcome.operation() == CrashOperation.SYNC) {
                sync(copy, outcome, problems);
            }
            backups(copy, passphrase.get(), outcome, problems);
        } catch (RuntimeException e) {
            problems.add("the vault does not open or cannot be read: " + e);
        }
        return problems;
    }

    private static Optional<String> workingPassphrase(CliRunner copy, Outcome outcome, List<String> problems) {
        Keyring keyring;
        try {
            keyring = KeyringFile.read(new VaultFolder(copy.vault));
        } catch (RuntimeException e) {
            problems.add("the keyring cannot be read: " + e);
            return Optional.empty();
        }
        boolean old = unwraps(keyring, CliRunner.PASSPHRASE);
        boolean changed = outcome.operation() == CrashOperation.PASSWD && unwraps(keyring, CliRunner.NEW_PASSPHRASE);
        if (outcome.operation() == CrashOperation.PASSWD && outcome.reportedSuccess() && !changed) {
            problems.add("passwd reported the new passphrase, but the keyring does not take it");
        }
        if (!old && !changed) {
            problems.add("the keyring unlocks with neither the old nor the new passphrase");
            return Optional.empty();
        }
        return Optional.of(changed ? CliRunner.NEW_PASSPHRASE : CliRunner.PASSPHRASE);
    }

    private static boolean unwraps(Keyring keyring, String passphrase) {
        try {
            keyring.unwrapWithPassphrase(passphrase.toCharArray());
            return true;
        } catch (AEADBadTagException e) {
            return false;
        }
    }

    private static VaultSession unlock(CliRunner copy, String passphrase) {
        return new VaultService(copy.vaultEnvironment())
                .unlock(copy.vault, passphrase.toCharArray())
                .complete(SecondFactor.none());
    }

    private static void ledgerCheck(VaultSession session, String where, List<String> problems) {
        for (Problem problem :
                new LedgerCheck(session.database(), session.ledger().changeLog().memberId()).run()) {
            problems.add("ledger check" + where + ": " + problem);
        }
    }

    /** The operation's rows in one account: none or all; the account itself came with them unless it was there. */
    private static void wholeAccount(
            VaultSession session,
            String name,
            int rows,
            boolean accountWasThere,
            Outcome outcome,
            List<String> problems) {
        boolean account = session.database().read(dsl -> dsl.fetchExists(ACCOUNT, ACCOUNT.NAME.eq(name)));
        int count = session.database()
                .read(dsl -> dsl.fetchCount(dsl.select(LEDGER_TRANSACTION.ID)
                        .from(LEDGER_TRANSACTION)
                        .join(ACCOUNT)
                        .on(ACCOUNT.ID.eq(LEDGER_TRANSACTION.ACCOUNT_ID))
                        .where(ACCOUNT.NAME.eq(name))));
        boolean none = count == 0 && (accountWasThere || !account);
        boolean all = count == rows && account;
        if (!none && !all) {
            problems.add("partly there: account " + name + (account ? " exists" : " is missing") + " with " + count
                    + " of " + rows + " rows");
        } else if (outcome.reportedSuccess() && !all) {
            problems.add(
                    "lost after success was reported: account " + name + " holds " + count + " of " + rows + " rows");
        }
    }

    private static void budget(VaultSession session, Outcome outcome, List<String> problems) {
        String value = session.ledger().budgets().month(YearMonth.parse(CrashFixture.MONTH)).lines().stream()
                .filter(line -> line.name().equals(CrashFixture.CATEGORY))
                .map(BudgetLine::budgeted)
                .map(money -> money.toPlainString())
                .findFirst()
                .orElse("none");
        if (!value.equals(CrashFixture.OLD_BUDGET) && !value.equals(CrashFixture.NEW_BUDGET)) {
            problems.add("the budget is neither the old nor the new value: " + value);
        } else if (outcome.reportedSuccess() && !value.equals(CrashFixture.NEW_BUDGET)) {
            problems.add("lost after success was reported: the budget is still " + value);
        }
    }

    /** A sync keeps what it committed page by page; run again, it ends with the rows of a sync straight through. */
    private void sync(CliRunner copy, Outcome outcome, List<String> problems) {
        if (outcome.reportedSuccess() && !LedgerRows.of(copy).equals(fixture.synced)) {
            problems.add("lost after success was reported: the ledger differs from a sync straight through");
        }
        Result again = copy.runUnlocked("sync");
        if (again.code() != 0) {
            problems.add("sync run again after the kill fails: " + again);
        } else if (!LedgerRows.of(copy).equals(fixture.synced)) {
            problems.add("sync run again after the kill ends with other rows than a sync straight through");
        }
    }

    /** Each new backup under its final name has its keyring beside it and restores into a vault that checks clean. */
    private void backups(CliRunner copy, String passphrase, Outcome outcome, List<String> problems) {
        Set<String> added = new TreeSet<>(CrashFixture.backupNames(copy));
        added.removeAll(fixture.templateBackups);
        boolean manual = false;
        for (String name : added) {
            Optional<BackupFile> backup =
                    BackupFile.of(copy.vault.resolve("backups").resolve(name));
            if (backup.isEmpty()) {
                continue;
            }
            manual |= backup.get().kind() == BackupKind.MANUAL;
            if (!Files.isRegularFile(backup.get().keyring())) {
                problems.add("backup " + name + " has no keyring beside it");
                continue;
            }
            restore(copy, passphrase, name, problems);
        }
        if (outcome.operation() == CrashOperation.BACKUP && outcome.reportedSuccess() && !manual) {
            problems.add("lost after success was reported: no backup under its final name");
        }
    }

    private static void restore(CliRunner copy, String passphrase, String name, List<String> problems) {
        try {
            VaultSession session = unlock(copy, passphrase);
            try {
                session.restore(session.backups().find(name));
            } finally {
                session.lock();
            }
            VaultSession restored = unlock(copy, passphrase);
            try {
                ledgerCheck(restored, " of restored backup " + name, problems);
            } finally {
                restored.lock();
            }
        } catch (RuntimeException e) {
            problems.add("backup " + name + " does not restore: " + e);
        }
    }
}
