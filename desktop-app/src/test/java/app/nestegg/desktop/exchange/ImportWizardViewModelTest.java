package app.nestegg.desktop.exchange;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.store.BackupFile;
import app.nestegg.vault.store.BackupKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportWizardViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private final AtomicInteger backups = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root.resolve("vault"));
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private ImportWizardViewModel wizard() {
        return new ImportWizardViewModel(
                kit.session,
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                FORMAT,
                new VaultStatementReading(),
                session -> backups.incrementAndGet(),
                refreshes::incrementAndGet);
    }

    static Path sample(String name) {
        try {
            return Path.of(ImportWizardViewModelTest.class
                    .getResource("/import/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private long transactions(Account account) {
        return kit.ledger.register().count(RegisterQuery.forAccount(account.id()));
    }

    private long transactions() {
        return kit.ledger.register().count(RegisterQuery.all());
    }

    @Test
    void anOfxFileOpensTheAccountItNamesAndImportsEveryRow() {
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(sample("checking-ofx1-sgml.ofx")));

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.FILE);
        assertThat(wizard.fileSummaryProperty().get()).isEqualTo("OFX file, 6 transactions");
        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.ACCOUNTS);
        assertThat(wizard.matches()).singleElement().satisfies(match -> {
            assertThat(match.target()).endsWith("(new)");
            assertThat(match.newName()).isNotBlank();
            assertThat(match.rows()).isEqualTo(6);
        });
        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.REVIEW);
        assertThat(wizard.countsProperty().get()).isEqualTo("6 new, no duplicates; 6 to import");
        assertThat(wizard.review()).allSatisfy(row -> {
            assertThat(row.included()).isTrue();
            assertThat(row.status()).isEqualTo("new");
        });
        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.RESULT);
        assertThat(wizard.resultTitleProperty().get()).isEqualTo("6 transactions imported, 0 skipped");
        assertThat(wizard.resultLines()).singleElement().asString().contains("(opened by this import): 6 imported");
        Account opened = kit.ledger.accounts().list().getFirst();
        assertThat(transactions(opened)).isEqualTo(6);
        assertThat(refreshes).hasValue(1);
        assertThat(backups).hasValue(0);

        wizard.next();
        assertThat(wizard.closedProperty().get()).isTrue();
    }

    @Test
    void aQifFileWaitsForAnAccountToBeChosen() {
        Account everyday = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(sample("bank-quicken.qif")));
        wizard.next();

        assertThat(wizard.matches()).singleElement().satisfies(match -> {
            assertThat(match.unmatched()).isTrue();
            assertThat(match.target()).isEqualTo("Choose an account");
        });
        assertThat(wizard.canGoNextProperty().get()).isFalse();

        wizard.retarget(wizard.matches().getFirst(), everyday);

        assertThat(wizard.matches().getFirst().target()).isEqualTo("Everyday");
        assertThat(wizard.canGoNextProperty().get()).isTrue();
        wizard.next();
        wizard.next();
        assertThat(wizard.resultTitleProperty().get()).startsWith("4 transactions imported");
        assertThat(transactions(everyday)).isEqualTo(4);
    }

    @Test
    void aCsvFileIsMappedAndPreviewedAndAgainIsAllDuplicates() {
        Account everyday = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(sample("checking-us.csv")));
        assertThat(wizard.fileSummaryProperty().get()).isEqualTo("CSV file, 6 lines");
        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.CSV_MAPPING);
        CsvMappingViewModel csv = wizard.csv();
        mapUsChecking(csv);
        assertThat(csv.preview()).hasSize(5).allMatch(CsvPreviewLine::isParsed);
        assertThat(csv.columnLabel(csv.dateColumnProperty().get())).isEqualTo("Date");
        assertThat(csv.columnLabel(csv.payeeColumnProperty().get())).isEqualTo("Description");
        assertThat(wizard.canGoNextProperty().get()).as("no account chosen yet").isFalse();

        wizard.csvAccountProperty().set(everyday);
        assertThat(csv.guessNoteProperty().get()).as("nothing remembered yet").isNotEqualTo(REMEMBERED);
        mapUsChecking(csv);
        assertThat(csv.amountText(csv.preview().getFirst())).isEqualTo("$2,450.00");
        assertThat(wizard.canGoNextProperty().get()).isTrue();
        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.REVIEW);
        assertThat(wizard.countsProperty().get()).isEqualTo("5 new, no duplicates; 5 to import");
        wizard.next();
        assertThat(transactions(everyday)).isEqualTo(5);

        ImportWizardViewModel again = wizard();
        again.add(List.of(sample("checking-us.csv")));
        again.next();
        again.csvAccountProperty().set(everyday);
        assertThat(again.csv().guessNoteProperty().get()).isEqualTo(REMEMBERED);
        assertThat(again.csv().mapping()).isEqualTo(csv.mapping());
        again.next();

        assertThat(again.countsProperty().get()).isEqualTo("0 new, 5 duplicates; 0 to import");
        assertThat(again.review()).allSatisfy(row -> {
            assertThat(row.included()).isFalse();
            assertThat(row.status()).startsWith("duplicate of ");
        });
        again.next();
        assertThat(again.resultTitleProperty().get()).isEqualTo("No transaction imported, 5 skipped");
        assertThat(transactions(everyday)).isEqualTo(5);
    }

    @Test
    void aDetectedMappingIsUsedAsItIs() {
        Account giro = kit.account("Girokonto", AccountType.CHECKING, LedgerTestKit.EUR, "0");
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(sample("girokonto-de.csv")));
        wizard.next();
        wizard.csvAccountProperty().set(giro);

        CsvMappingViewModel csv = wizard.csv();
        assertThat(csv.guessNoteProperty().get()).isEqualTo("Columns as detected from the file; check the preview.");
        assertThat(csv.delimiterProperty().get()).isEqualTo(';');
        assertThat(csv.decimalSeparatorProperty().get()).isEqualTo(',');
        assertThat(csv.preview()).hasSize(4).allMatch(CsvPreviewLine::isParsed);
        assertThat(csv.amountText(csv.preview().getFirst())).isEqualTo("€3,120.00");
        wizard.next();
        wizard.next();

        assertThat(wizard.resultTitleProperty().get()).isEqualTo("4 transactions imported, 0 skipped");
        assertThat(kit.ledger
                        .balances()
                        .balances(LocalDate.of(2024, 2, 1))
                        .get(giro.id())
                        .toPlainString())
                .isEqualTo("1966.55");
    }

    @Test
    void aDuplicateTickedOnPurposeIsImported() {
        Account everyday = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        for (int i = 0; i < 2; i++) {
            ImportWizardViewModel wizard = wizard();
            wizard.add(List.of(sample("checking-us.csv")));
            wizard.next();
            wizard.csvAccountProperty().set(everyday);
            mapUsChecking(wizard.csv());
            wizard.next();
            if (i == 1) {
                ReviewRow payroll = wizard.review().getFirst();
                assertThat(payroll.duplicate()).isTrue();
                assertThat(payroll.status()).contains("ACME PAYROLL DIRECT DEP").contains("$2,450.00");
                wizard.setIncluded(payroll, true);
                assertThat(wizard.review().getFirst().included()).isTrue();
                assertThat(wizard.countsProperty().get()).isEqualTo("0 new, 5 duplicates; 1 to import");
            }
            wizard.next();
        }
        assertThat(transactions(everyday)).isEqualTo(6);
    }

    @Test
    void cancellingDuringTheImportWritesNothing() throws IOException {
        Account everyday = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        Path big = csvOfRows(root.resolve("big.csv"), 6_000);
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(big));
        wizard.next();
        wizard.csvAccountProperty().set(everyday);
        mapGenerated(wizard.csv());
        wizard.next();
        assertThat(wizard.countsProperty().get()).isEqualTo("6,000 new, no duplicates; 6,000 to import");
        wizard.run().progressProperty().addListener((observable, old, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1) {
                wizard.cancel();
            }
        });

        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.RESULT);
        assertThat(wizard.resultTitleProperty().get()).isEqualTo("Cancelled: nothing was imported.");
        assertThat(transactions(everyday)).isZero();
        assertThat(refreshes).hasValue(0);
        assertThat(backups).as("6,000 rows is a bulk import").hasValue(1);
    }

    @Test
    void closingDuringTheImportCancelsItAndClosesOnceItStopped() throws IOException {
        Account everyday = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(csvOfRows(root.resolve("big.csv"), 5_500)));
        wizard.next();
        wizard.csvAccountProperty().set(everyday);
        mapGenerated(wizard.csv());
        wizard.next();
        wizard.run().progressProperty().addListener((observable, old, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1) {
                wizard.close();
            }
        });

        wizard.next();

        assertThat(wizard.closedProperty().get()).isTrue();
        assertThat(transactions(everyday)).isZero();
    }

    @Test
    void aFileSkippedWhileItIsBeingReadDoesNotShowUpAsTheNextOne() {
        List<Runnable> queued = new java.util.ArrayList<>();
        ImportWizardViewModel wizard = new ImportWizardViewModel(
                kit.session,
                new app.nestegg.desktop.concurrent.TaskExecutor() {
                    @Override
                    public <T> void execute(
                            java.util.concurrent.Callable<T> work,
                            java.util.function.Consumer<? super T> onSuccess,
                            java.util.function.Consumer<? super Exception> onFailure) {
                        queued.add(() -> {
                            try {
                                onSuccess.accept(work.call());
                            } catch (Exception e) {
                                onFailure.accept(e);
                            }
                        });
                    }
                },
                TestVaults.messages(),
                FORMAT,
                new VaultStatementReading(),
                session -> backups.incrementAndGet(),
                refreshes::incrementAndGet);
        wizard.add(List.of(sample("checking-ofx1-sgml.ofx"), sample("bank-quicken.qif")));

        wizard.skipFile();
        queued.forEach(Runnable::run);

        assertThat(wizard.fileNameProperty().get()).isEqualTo("bank-quicken.qif");
        assertThat(wizard.fileSummaryProperty().get()).isEqualTo("QIF file, 4 transactions");
    }

    @Test
    void aBulkImportIsBackedUpBeforeItIsWritten() throws IOException {
        Account everyday = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        ImportWizardViewModel wizard = new ImportWizardViewModel(
                kit.session,
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                FORMAT,
                new VaultStatementReading(),
                ImportRunViewModel.BeforeBulkImport.TAKE_BACKUP,
                refreshes::incrementAndGet);
        wizard.add(List.of(csvOfRows(root.resolve("bulk.csv"), 1_200)));
        wizard.next();
        wizard.csvAccountProperty().set(everyday);
        mapGenerated(wizard.csv());
        wizard.next();
        wizard.next();

        assertThat(wizard.resultTitleProperty().get()).isEqualTo("1,200 transactions imported, 0 skipped");
        assertThat(kit.session.backups().list()).extracting(BackupFile::kind).containsExactly(BackupKind.BEFORE_IMPORT);
    }

    @Test
    void anUnreadableFileIsExplainedAndNothingIsWritten() throws IOException {
        Path broken = Files.writeString(root.resolve("broken.ofx"), "OFXHEADER:100\n<OFX><BANKMSGSRSV1><STMTRS>");
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(broken));

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.FILE);
        assertThat(wizard.errorProperty().get()).startsWith("broken.ofx");
        assertThat(wizard.canGoNextProperty().get()).isFalse();
        assertThat(transactions()).isZero();
    }

    @Test
    void aCsvRowBeyondThePreviewThatDoesNotParseStopsTheStepWithItsLine() throws IOException {
        Account everyday = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        Path file = csvOfRows(root.resolve("late-error.csv"), 30);
        List<String> lines = Files.readAllLines(file);
        lines.set(26, "2024-02-26,Shop 25,twelve");
        Files.write(file, lines);
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(file));
        wizard.next();
        wizard.csvAccountProperty().set(everyday);
        mapGenerated(wizard.csv());
        assertThat(wizard.canGoNextProperty().get())
                .as("the first 20 rows parse")
                .isTrue();

        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.CSV_MAPPING);
        assertThat(wizard.errorProperty().get()).startsWith("late-error.csv, line 27");
        assertThat(transactions()).isZero();
    }

    @Test
    void aPreviewRowThatDoesNotParseKeepsNextDisabled() {
        Account everyday = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(sample("checking-us.csv")));
        wizard.next();
        wizard.csvAccountProperty().set(everyday);
        mapUsChecking(wizard.csv());
        assertThat(wizard.canGoNextProperty().get()).isTrue();

        wizard.csv().dateFormatProperty().set("dd.MM.yyyy");

        assertThat(wizard.csv().preview()).noneMatch(CsvPreviewLine::isParsed);
        assertThat(wizard.csv().problemProperty().get()).contains("cannot be read");
        assertThat(wizard.canGoNextProperty().get()).isFalse();
    }

    @Test
    void filesAreImportedOneAfterAnotherAndClosingBeforeTheImportWritesNothing() {
        ImportWizardViewModel wizard = wizard();
        wizard.add(List.of(sample("checking-ofx1-sgml.ofx"), sample("card-ofx2-xml.qfx")));
        assertThat(wizard.moreFilesProperty().get()).isTrue();
        wizard.next();
        wizard.next();
        wizard.next();
        assertThat(wizard.resultTitleProperty().get()).startsWith("6 transactions imported");

        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(ImportStep.FILE);
        assertThat(wizard.fileNameProperty().get()).isEqualTo("card-ofx2-xml.qfx");
        assertThat(wizard.moreFilesProperty().get()).isFalse();
        wizard.next();
        wizard.next();
        wizard.close();
        assertThat(wizard.closedProperty().get()).isTrue();
        assertThat(transactions()).isEqualTo(6);
    }

    private static final String REMEMBERED = "Columns as last used for this account.";

    /** The columns of checking-us.csv, chosen as a person would: Date, Description, Amount, Balance. */
    static void mapUsChecking(CsvMappingViewModel csv) {
        csv.delimiterProperty().set(',');
        csv.headerProperty().set(true);
        csv.skipLinesProperty().set(0);
        csv.dateColumnProperty().set(0);
        csv.payeeColumnProperty().set(1);
        csv.amountColumnProperty().set(2);
        csv.debitColumnProperty().set(-1);
        csv.creditColumnProperty().set(-1);
        csv.memoColumnProperty().set(-1);
        csv.dateFormatProperty().set("MM/dd/yyyy");
        csv.decimalSeparatorProperty().set('.');
    }

    /** The columns of {@link #csvOfRows}: Date, Payee, Amount. */
    static void mapGenerated(CsvMappingViewModel csv) {
        mapUsChecking(csv);
        csv.dateFormatProperty().set("yyyy-MM-dd");
    }

    /** A CSV file of {@code rows} rows of -1.00, one a day from 2024-01-01, with a header. */
    static Path csvOfRows(Path file, int rows) throws IOException {
        StringBuilder text = new StringBuilder("Date,Payee,Amount\n");
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < rows; i++) {
            text.append(day.plusDays(i)).append(",Shop ").append(i).append(",-1.00\n");
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
