package app.nestegg.desktop.ledger.register;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.desktop.ledger.LedgerTestKit.ManualDebouncer;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.RegisterQuery;
import app.nestegg.vault.ledger.Transaction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionEditorViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private Account account;
    private Account savings;
    private RegisterViewModel register;
    private TransactionEditorViewModel editor;
    private Choice groceries;
    private Choice household;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        account = kit.account("Everyday", AccountType.CHECKING, USD, "100.00");
        savings = kit.account("Savings", AccountType.SAVINGS, USD, "0");
        groceries = kit.category("Food", "Groceries");
        household = kit.category("Home", "Household");
        register = new RegisterViewModel(
                kit.session,
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                FORMAT,
                new ManualDebouncer(),
                kit.vaults.clock(),
                account,
                50,
                3);
        register.open();
        editor = register.editor();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private long stored() {
        return kit.ledger.register().count(RegisterQuery.forAccount(account.id()));
    }

    @Test
    void aNewTransactionIsSavedAndTheRegisterShowsIt() {
        register.newTransaction();
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(editor.dateProperty().get()).isEqualTo("Mar 1, 2026");
        editor.amountProperty().set("-12.50");
        editor.payeeProperty().set("Bakery");
        editor.categoryProperty().set(groceries);

        editor.save();

        assertThat(editor.openProperty().get()).isFalse();
        assertThat(register.rows()).hasSize(1);
        Transaction saved = register.rows().getFirst().transaction();
        assertThat(saved.payee()).isEqualTo("Bakery");
        assertThat(saved.categoryId()).isEqualTo(groceries.id());
        assertThat(saved.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(FORMAT.format(register.rows().getFirst().runningBalance())).isEqualTo("$87.50");
    }

    @Test
    void anUnreadableAmountIsShownAndNothingIsWritten() {
        register.newTransaction();
        editor.amountProperty().set("twelve");

        editor.save();

        assertThat(editor.errorProperty().get()).isEqualTo("‘twelve’ is not an amount");
        assertThat(editor.errorFieldProperty().get()).isEqualTo("amount");
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(stored()).isZero();
    }

    @Test
    void theLedgersRefusalIsShownAsItWordsItAndNothingIsWritten() {
        register.newTransaction();
        editor.amountProperty().set("-10");
        editor.payeeProperty().set("Market");
        editor.addSplit();
        editor.splits().getFirst().amountProperty().set("-4");
        editor.addSplit();
        editor.splits().get(1).amountProperty().set("-5");

        editor.save();

        assertThat(editor.errorProperty().get()).isNotEmpty();
        assertThat(editor.errorFieldProperty().get()).isNotEmpty();
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(stored()).isZero();

        editor.splits().get(1).amountProperty().set("-6");
        editor.save();
        assertThat(editor.errorProperty().get()).isEmpty();
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void theSplitEditorShowsWhatIsLeftToAssign() {
        register.newTransaction();
        editor.amountProperty().set("-100");
        editor.payeeProperty().set("Market");
        assertThat(editor.remainingProperty().get()).isEmpty();

        editor.addSplit();
        assertThat(editor.splits().getFirst().amountProperty().get()).isEqualTo("-100");
        editor.splits().getFirst().amountProperty().set("-60");
        editor.splits().getFirst().categoryProperty().set(groceries);
        assertThat(editor.remainingProperty().get()).isEqualTo("Left to assign: -$40.00");
        assertThat(editor.splitsBalancedProperty().get()).isFalse();

        editor.addSplit();
        assertThat(editor.splits().get(1).amountProperty().get()).isEqualTo("-40");
        assertThat(editor.remainingProperty().get()).isEqualTo("Left to assign: $0.00");
        assertThat(editor.splitsBalancedProperty().get()).isTrue();

        editor.splits().get(1).amountProperty().set("x");
        assertThat(editor.remainingProperty().get()).isEqualTo("Left to assign: amounts to complete");
        editor.splits().get(1).amountProperty().set("-40");
        editor.splits().get(1).categoryProperty().set(household);
        editor.save();

        Transaction saved = register.rows().getFirst().transaction();
        assertThat(saved.splits()).hasSize(2);
        assertThat(register.categoryLabel(saved)).isEqualTo("Split");
    }

    @Test
    void aTransferMovesMoneyToTheOtherAccount() {
        register.newTransaction();
        editor.amountProperty().set("-25");
        editor.payeeProperty().set("To savings");
        editor.transferProperty().set(true);
        editor.save();
        assertThat(editor.errorProperty().get()).isEqualTo("Choose the account the money goes to");

        editor.transferAccountProperty().set(editor.accounts().getFirst());
        editor.save();

        assertThat(editor.errorProperty().get()).isEmpty();
        Transaction saved = register.rows().getFirst().transaction();
        assertThat(saved.transferAccountId()).isEqualTo(savings.id());
        assertThat(register.categoryLabel(saved)).isEqualTo("Transfer: Savings");
        assertThat(kit.ledger
                        .balances()
                        .balance(savings.id(), LocalDate.of(2026, 3, 1))
                        .toDecimal())
                .isEqualByComparingTo(new BigDecimal("25"));
    }

    @Test
    void editingKeepsWhatTheFormDoesNotShow() {
        register.newTransaction();
        editor.amountProperty().set("-5");
        editor.payeeProperty().set("Kiosk");
        editor.save();
        Transaction first = register.rows().getFirst().transaction();

        register.edit(register.rows().getFirst());
        assertThat(editor.amountProperty().get()).isEqualTo("-5.00");
        editor.payeeProperty().set("News kiosk");
        editor.save();

        Transaction edited = kit.ledger.transactions().get(first.id());
        assertThat(edited.payee()).isEqualTo("News kiosk");
        assertThat(edited.status()).isEqualTo(first.status());
        assertThat(edited.origin()).isEqualTo(first.origin());
    }

    @Test
    void anEditedTransactionSaysWhoChangedItAndANewOneSaysNothing() {
        Transaction bakery = kit.ledger
                .transactions()
                .add(app.nestegg.vault.ledger.TransactionDraft.of(
                        account.id(), LocalDate.of(2026, 2, 20), new BigDecimal("-4.00"), "Bakery"));
        kit.ledger.members().identity().rename("Alice");

        editor.startEdit(bakery);
        assertThat(editor.changes())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("Added by Alice, "));

        editor.startNew();
        assertThat(editor.changes()).isEmpty();
    }
}
