package app.nestegg.desktop.ledger.register;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.desktop.ledger.LedgerTestKit.ManualDebouncer;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.RegisterQuery;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bad input the editor can be given is refused with the ledger's words beside the field, and nothing is stored. */
class TransactionEditorRefusalTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private RegisterViewModel registerOf(Account account) {
        RegisterViewModel register = new RegisterViewModel(
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
        return register;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-01|-1.234|amount|too many decimals for USD",
                "1800-01-01|-1.00|date|outside 1900-01-01 to 2199-12-31",
                "2200-01-01|-1.00|date|outside 1900-01-01 to 2199-12-31"
            })
    void isRefusedBesideItsFieldAndNothingIsWritten(String date, String amount, String field, String message) {
        kit = new LedgerTestKit(root);
        Account account = kit.account("Everyday", AccountType.CHECKING, USD, "0");
        TransactionEditorViewModel editor = registerOf(account).editor();
        editor.dateProperty().set(date);
        editor.amountProperty().set(amount);
        editor.payeeProperty().set("Market");

        editor.save();

        assertThat(editor.errorProperty().get()).contains(message);
        assertThat(editor.errorFieldProperty().get()).isEqualTo(field);
        assertThat(kit.ledger.register().count(RegisterQuery.forAccount(account.id())))
                .isZero();
    }

    @Test
    void aClosedAccountTakesNoNewTransaction() {
        kit = new LedgerTestKit(root);
        Account account = kit.account("Old", AccountType.CHECKING, USD, "0");
        kit.ledger.accounts().close(account.id());
        RegisterViewModel register = registerOf(account);
        register.newTransaction();
        TransactionEditorViewModel editor = register.editor();
        editor.amountProperty().set("-5");
        editor.payeeProperty().set("Market");

        editor.save();

        assertThat(editor.errorProperty().get()).contains("'Old' is closed");
        assertThat(kit.ledger.register().count(RegisterQuery.forAccount(account.id())))
                .isZero();
    }
}
