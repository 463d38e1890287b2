package app.nestegg.vault.exchange.imports;

import static app.nestegg.vault.exchange.imports.Statements.USD;
import static app.nestegg.vault.exchange.imports.Statements.line;
import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.diagnostics.CounterName;
import app.nestegg.vault.diagnostics.Counters;
import app.nestegg.vault.exchange.ImportException;
import app.nestegg.vault.exchange.ParsedFile;
import app.nestegg.vault.exchange.csv.CsvMapping;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.RuleDraft;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionOrigin;
import app.nestegg.vault.ledger.TransactionStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementImporterTest {

    private static final LocalDate END = LocalDate.of(2024, 12, 31);

    @TempDir
    Path folder;

    private LedgerFixture vault;
    private StatementImporter importer;

    @BeforeEach
    void open() {
        vault = new LedgerFixture(folder);
        importer = new StatementImporter(vault.ledger);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void anImportRecordsItsRowsAndDurationAsTheLastImportCounter() {
        importer.commit(
                importer.plan(Statements.mapleOfx(), ImportOptions.defaults()), ImportProgress.NONE, () -> false);

        assertThat(new Counters(vault.ledger.changeLog(), vault.ledger.clock()).list())
                .filteredOn(counter -> counter.name() == CounterName.LAST_IMPORT)
                .singleElement()
                .satisfies(counter -> assertThat(counter.rows()).isEqualTo(java.util.OptionalLong.of(6)));
    }

    @Test
    void anOfxStatementOfAnUnknownAccountOpensTheAccountAndImportsEveryRow() {
        ImportPlan plan = importer.plan(Statements.mapleOfx(), ImportOptions.defaults());

        PlannedStatement statement = plan.statements().getFirst();
        assertThat(statement.target()).isInstanceOf(AccountTarget.NewAccount.class);
        assertThat(statement.target().label()).isEqualTo("MAPLE CU 6789 (new)");
        assertThat(plan.includedCount()).isEqualTo(6);

        ImportResult result = importer.commit(plan, ImportProgress.NONE, () -> false);

        AccountImportResult account = result.accounts().getFirst();
        assertThat(account.opened()).isTrue();
        assertThat(account.accountName()).isEqualTo("MAPLE CU 6789");
        assertThat(account.imported()).isEqualTo(6);
        assertThat(balance(account.accountId())).isEqualTo(new Money(64408, USD));
        Account stored = vault.ledger.accounts().get(account.accountId());
        assertThat(stored.type()).isEqualTo(AccountType.CHECKING);
        assertThat(stored.institution()).isEqualTo("MAPLE CU");
        assertThat(stored.openingDate()).isEqualTo(LocalDate.of(2024, 1, 2));
        Transaction payroll = vault.ledger
                .transactions()
                .findByExternalId(account.accountId(), "202401020001")
                .orElseThrow();
        assertThat(payroll.payee()).isEqualTo("ACME PAYROLL");
        assertThat(payroll.memo()).isEqualTo("DIRECT DEP");
        assertThat(payroll.status()).isEqualTo(TransactionStatus.CLEARED);
        assertThat(payroll.origin()).isEqualTo(TransactionOrigin.IMPORT);
    }

    @Test
    void importingTheSameFileAgainImportsNothingAndFindsTheLinkedAccount() {
        ImportResult first = importer.commit(
                importer.plan(Statements.mapleOfx(), ImportOptions.defaults()), ImportProgress.NONE, () -> false);
        UUID account = first.accounts().getFirst().accountId();
        vault.ledger.accounts().update(account, draftRenamed(account, "Everyday checking"));

        ImportPlan again = importer.plan(Statements.mapleOfx(), ImportOptions.defaults());

        PlannedStatement statement = again.statements().getFirst();
        assertThat(statement.target()).isInstanceOf(AccountTarget.Existing.class);
        assertThat(((AccountTarget.Existing) statement.target()).account().id()).isEqualTo(account);
        assertThat(statement.rows())
                .allSatisfy(row -> assertThat(row.duplicate().reason()).isEqualTo(DuplicateReason.SAME_EXTERNAL_ID));
        ImportResult result = importer.commit(again, ImportProgress.NONE, () -> false);
        assertThat(result.imported()).isZero();
        assertThat(result.skipped()).isEqualTo(6);
        assertThat(count(account)).isEqualTo(6);
    }

    @Test
    void csvRowsAlreadyImportedFromOfxAreSimilarDuplicatesAndTheRestIsNew() {
        ImportResult ofx = importer.commit(
                importer.plan(Statements.mapleOfx(), ImportOptions.defaults()), ImportProgress.NONE, () -> false);
        UUID account = ofx.accounts().getFirst().accountId();

        ImportPlan csv = importer.plan(Statements.mapleCsv(), ImportOptions.into(account));

        assertThat(csv.duplicateCount()).isEqualTo(5);
        assertThat(csv.statements().getFirst().rows())
                .allSatisfy(row -> assertThat(row.duplicate().reason()).isEqualTo(DuplicateReason.SIMILAR));
        assertThat(importer.commit(csv, ImportProgress.NONE, () -> false).imported())
                .isZero();
        assertThat(count(account)).isEqualTo(6);
    }

    @Test
    void aSimilarRowUpToThreeDaysApartIsADuplicateButNotFourDaysApart() {
        Account account = vault.account("Checking", USD, "0");
        vault.add(account, "2024-03-10", "-42.17", "Corner Bistro");

        ImportPlan plan = importer.plan(
                Statements.csv(
                        "card.csv",
                        line(2, "2024-03-13", "-42.17", "CORNER BISTRO & BAR", null, null),
                        line(3, "2024-03-14", "-42.17", "CORNER BISTRO & BAR", null, null),
                        line(4, "2024-03-10", "-42.17", "Hardware store", null, null)),
                ImportOptions.into(account.id()));

        List<PlannedRow> rows = plan.statements().getFirst().rows();
        assertThat(rows.get(0).isDuplicate()).isTrue();
        assertThat(rows.get(1).isDuplicate()).isFalse();
        assertThat(rows.get(2).isDuplicate()).isFalse();
    }

    @Test
    void twoIdenticalRowsOfOneFileAreBothImportedAndBothFoundOnTheNextImport() {
        Account account = vault.account("Checking", USD, "0");
        ParsedFile coffees = Statements.csv(
                "coffee.csv",
                line(2, "2024-02-01", "-3.50", "Cafe", null, null),
                line(3, "2024-02-01", "-3.50", "Cafe", null, null));

        assertThat(importer.commit(
                                importer.plan(coffees, ImportOptions.into(account.id())),
                                ImportProgress.NONE,
                                () -> false)
                        .imported())
                .isEqualTo(2);
        ImportPlan again = importer.plan(coffees, ImportOptions.into(account.id()));

        assertThat(again.duplicateCount()).isEqualTo(2);
        assertThat(again.statements().getFirst().rows())
                .allSatisfy(row -> assertThat(row.duplicate().reason()).isEqualTo(DuplicateReason.SAME_EXTERNAL_ID));
    }

    @Test
    void aDuplicateThePersonIncludesIsImported() {
        Account account = vault.account("Checking", USD, "0");
        vault.add(account, "2024-03-10", "-42.17", "Corner Bistro");
        ImportPlan plan = importer.plan(
                Statements.csv("card.csv", line(2, "2024-03-10", "-42.17", "Corner Bistro", null, null)),
                ImportOptions.into(account.id()));

        ImportResult result = importer.commit(plan.withIncluded(0, 0, true), ImportProgress.NONE, () -> false);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(count(account.id())).isEqualTo(2);
    }

    @Test
    void aFileRepeatingABankIdMarksTheRepeat() {
        Account account = vault.account("Checking", USD, "0");
        ImportPlan plan = importer.plan(
                Statements.csv(
                        "twice.ofx",
                        line(10, "2024-02-01", "-3.50", "Cafe", null, "FIT1"),
                        line(17, "2024-02-02", "-9.00", "Bakery", null, "FIT1")),
                ImportOptions.into(account.id()));

        assertThat(plan.statements().getFirst().rows().get(1).duplicate().reason())
                .isEqualTo(DuplicateReason.REPEATED_IN_FILE);
    }

    @Test
    void rulesApplyToImportedRows() {
        Account account = vault.account("Checking", USD, "0");
        UUID groceries = vault.ledger.categories().find("Groceries").id();
        vault.ledger
                .rules()
                .add(new RuleDraft(
                        "Green Leaf",
                        PayeeMatch.CONTAINS,
                        "green leaf",
                        null,
                        null,
                        null,
                        groceries,
                        "Green Leaf",
                        null,
                        true));

        importer.commit(
                importer.plan(
                        Statements.csv("c.csv", line(2, "2024-01-05", "-86.43", "GREEN LEAF GROCERS #12", null, "F1")),
                        ImportOptions.into(account.id())),
                ImportProgress.NONE,
                () -> false);

        Transaction row =
                vault.ledger.transactions().findByExternalId(account.id(), "F1").orElseThrow();
        assertThat(row.payee()).isEqualTo("Green Leaf");
        assertThat(row.categoryId()).isEqualTo(groceries);
    }

    @Test
    void qifCategoriesSplitsAndTransfersBecomeLedgerCategoriesSplitsAndATransfer() {
        Account checking = vault.account("Checking", USD, "0");
        Account savings = vault.account("Savings", USD, "0");

        importer.commit(
                importer.plan(Statements.qifWithSplitAndTransfer(), ImportOptions.into(checking.id())),
                ImportProgress.NONE,
                () -> false);

        List<Transaction> rows = transactions(checking.id());
        Transaction salary = rows.stream()
                .filter(t -> t.payee().equals("ACME PAYROLL"))
                .findFirst()
                .orElseThrow();
        assertThat(salary.categoryId())
                .isEqualTo(vault.ledger.categories().find("Salary").id());
        Transaction bill = rows.stream()
                .filter(t -> t.payee().equals("City Utilities"))
                .findFirst()
                .orElseThrow();
        assertThat(bill.splits()).hasSize(2);
        UUID utilities = vault.ledger.categories().find("Utilities").id();
        assertThat(bill.splits())
                .allSatisfy(split -> assertThat(split.categoryId()).isEqualTo(utilities));
        Transaction transfer = rows.stream()
                .filter(t -> t.transferAccountId() != null)
                .findFirst()
                .orElseThrow();
        assertThat(transfer.transferAccountId()).isEqualTo(savings.id());
        assertThat(balance(savings.id())).isEqualTo(new Money(50000, USD));
    }

    @Test
    void invertSignFlipsEveryAmount() {
        Account card = vault.account("Card", USD, "0");
        ImportPlan plan = importer.plan(
                Statements.csv("card.csv", line(2, "2024-01-03", "42.17", "CORNER BISTRO", null, null)),
                ImportOptions.into(card.id()).withInvertSign(true));

        importer.commit(plan, ImportProgress.NONE, () -> false);

        assertThat(balance(card.id())).isEqualTo(new Money(-4217, USD));
    }

    @Test
    void aFileWithoutAnAccountIsUnmatchedAndCannotBeCommittedUntilRetargeted() {
        Account account = vault.account("Checking", USD, "0");
        ImportPlan plan = importer.plan(Statements.mapleCsv(), ImportOptions.defaults());
        assertThat(plan.statements().getFirst().target()).isInstanceOf(AccountTarget.Unmatched.class);

        assertThatThrownBy(() -> importer.commit(plan, ImportProgress.NONE, () -> false))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("checking-us.csv")
                .hasMessageContaining("choose one");
        assertThat(count(account.id())).isZero();

        ImportPlan chosen = importer.retarget(plan, 0, account.id());
        assertThat(importer.commit(chosen, ImportProgress.NONE, () -> false).imported())
                .isEqualTo(5);
    }

    @Test
    void anAmountWithTooManyDecimalsNamesTheLineAndWritesNothing() {
        Account account = vault.account("Checking", USD, "0");
        ParsedFile file = Statements.csv(
                "bad.csv",
                line(2, "2024-01-03", "-1.00", "Fine", null, null),
                line(3, "2024-01-04", "-1.005", "Too precise", null, null));

        assertThatThrownBy(() -> importer.plan(file, ImportOptions.into(account.id())))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.getMessage()).startsWith("bad.csv, line 3, amount: ");
                });
        assertThat(count(account.id())).isZero();
    }

    @Test
    void aDateTheLedgerDoesNotKeepNamesTheLine() {
        Account account = vault.account("Checking", USD, "0");
        ParsedFile file = Statements.csv("old.csv", line(7, "1850-01-03", "-1.00", "Old", null, null));

        assertThatThrownBy(() -> importer.plan(file, ImportOptions.into(account.id())))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.field()).isEqualTo("date");
                });
    }

    @Test
    void splitsThatDoNotAddUpNameTheLine() {
        Account account = vault.account("Checking", USD, "0");
        ParsedFile file = new ParsedFile(
                "split.qif",
                app.nestegg.vault.exchange.StatementFormat.QIF,
                List.of(new app.nestegg.vault.exchange.ParsedStatement(
                        app.nestegg.vault.exchange.StatementAccount.UNKNOWN,
                        null,
                        List.of(new app.nestegg.vault.exchange.StatementLine(
                                5,
                                Statements.date("2024-01-10"),
                                Statements.amount("-210.00"),
                                "City Utilities",
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(
                                        new app.nestegg.vault.exchange.StatementSplit(
                                                "Electric", Statements.amount("-130.00"), null),
                                        new app.nestegg.vault.exchange.StatementSplit(
                                                "Water", Statements.amount("-70.00"), null)))))));

        assertThatThrownBy(() -> importer.plan(file, ImportOptions.into(account.id())))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.field()).isEqualTo("splits");
                });
    }

    @Test
    void aRowTheLedgerRefusesAtCommitNamesItsLineAndRollsBackTheWholeFile() {
        Account account = vault.account("Checking", USD, "0");
        String longMemoButFine = "x".repeat(5000);
        ImportPlan plan = importer.plan(
                Statements.csv(
                        "tags.csv",
                        line(2, "2024-01-03", "-1.00", "Fine", longMemoButFine, null),
                        line(3, "2024-01-04", "-2.00", "Also fine", null, null)),
                ImportOptions.into(account.id()));
        vault.ledger.accounts().close(account.id());

        assertThatThrownBy(() -> importer.commit(plan, ImportProgress.NONE, () -> false))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("tags.csv, line 2").contains("closed");
                });
        assertThat(count(account.id())).isZero();
    }

    @Test
    void cancellingBetweenBatchesLeavesNothingImportedAndOpensNoAccount() {
        long accountsBefore = accounts();
        ParsedFile big = new ParsedFile(
                "big.ofx",
                app.nestegg.vault.exchange.StatementFormat.OFX,
                List.of(new app.nestegg.vault.exchange.ParsedStatement(
                        Statements.MAPLE_CHECKING,
                        USD,
                        Statements.many("big.ofx", StatementImporter.BATCH + 10)
                                .statements()
                                .getFirst()
                                .lines())));
        ImportPlan plan = importer.plan(big, ImportOptions.defaults());
        AtomicInteger updates = new AtomicInteger();

        assertThatThrownBy(() ->
                        importer.commit(plan, (done, total) -> updates.incrementAndGet(), () -> updates.get() > 0))
                .isInstanceOf(ImportCancelledException.class)
                .hasMessageContaining("nothing was imported");

        assertThat(updates.get()).isEqualTo(1);
        assertThat(accounts()).isEqualTo(accountsBefore);
        int transactions = vault.session.database().read(dsl -> dsl.fetchCount(LEDGER_TRANSACTION));
        assertThat(transactions).isZero();
    }

    @Test
    void progressReachesTheTotal() {
        Account account = vault.account("Checking", USD, "0");
        ImportPlan plan = importer.plan(Statements.many("m.csv", 12_000), ImportOptions.into(account.id()));
        List<Long> seen = new java.util.ArrayList<>();

        importer.commit(plan, (done, total) -> seen.add(done), () -> false);

        assertThat(seen).contains(5_000L, 10_000L).last().isEqualTo(12_000L);
        assertThat(count(account.id())).isEqualTo(12_000);
    }

    @Test
    void theCsvMappingIsRememberedForTheAccount() {
        Account account = vault.account("Checking", USD, "0");
        CsvMapping mapping =
                new CsvMapping(';', 0, true, 0, 4, CsvMapping.NONE, CsvMapping.NONE, 2, 3, "dd.MM.yyyy", ',', false);
        assertThat(importer.rememberedMapping(account.id())).isEmpty();

        importer.commit(
                importer.plan(
                        Statements.mapleCsv(), ImportOptions.into(account.id()).withCsvMapping(mapping)),
                ImportProgress.NONE,
                () -> false);

        assertThat(importer.rememberedMapping(account.id())).contains(mapping);
    }

    /** Found by the crash harness (ADR 0036): the remembered mapping and link were logged as shared changes. */
    @Test
    void whatTheImportRemembersForThisComputerLeavesTheLedgerCheckClean() {
        Account account = vault.account("Checking", USD, "0");
        CsvMapping mapping =
                new CsvMapping(';', 0, true, 0, 4, CsvMapping.NONE, CsvMapping.NONE, 2, 3, "dd.MM.yyyy", ',', false);
        importer.commit(
                importer.plan(
                        Statements.mapleCsv(), ImportOptions.into(account.id()).withCsvMapping(mapping)),
                ImportProgress.NONE,
                () -> false);
        importer.commit(
                importer.plan(Statements.mapleOfx(), ImportOptions.defaults()), ImportProgress.NONE, () -> false);

        assertThat(importer.rememberedMapping(account.id())).contains(mapping);
        assertThat(new app.nestegg.vault.diagnostics.LedgerCheck(
                                vault.session.database(),
                                vault.ledger.changeLog().memberId())
                        .run())
                .isEmpty();
    }

    private app.nestegg.vault.ledger.AccountDraft draftRenamed(UUID id, String name) {
        Account account = vault.ledger.accounts().get(id);
        return app.nestegg.vault.ledger.AccountDraft.of(
                        name,
                        account.type(),
                        account.currency(),
                        account.openingBalance().toDecimal())
                .withInstitution(account.institution())
                .withOpeningDate(account.openingDate());
    }

    private Money balance(UUID account) {
        return vault.ledger.balances().balance(account, END);
    }

    private int count(UUID account) {
        return vault.session
                .database()
                .read(dsl -> dsl.fetchCount(LEDGER_TRANSACTION, LEDGER_TRANSACTION.ACCOUNT_ID.eq(account)));
    }

    private long accounts() {
        return vault.session.database().read(dsl -> dsl.fetchCount(ACCOUNT));
    }

    private List<Transaction> transactions(UUID account) {
        List<UUID> ids = vault.session
                .database()
                .read(dsl -> dsl.select(LEDGER_TRANSACTION.ID)
                        .from(LEDGER_TRANSACTION)
                        .where(LEDGER_TRANSACTION.ACCOUNT_ID.eq(account))
                        .fetch(LEDGER_TRANSACTION.ID));
        return ids.stream().map(id -> vault.ledger.transactions().get(id)).toList();
    }
}
