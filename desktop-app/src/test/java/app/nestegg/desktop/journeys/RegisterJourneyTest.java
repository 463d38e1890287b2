package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.RegisterRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Opens an account's register, adds a split transaction, finds it by search and re-categorises it. */
class RegisterJourneyTest extends UiJourney {

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        session.ledger()
                .accounts()
                .add(AccountDraft.of(
                                "Everyday", AccountType.CHECKING, Currency.getInstance("USD"), new BigDecimal("500"))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
        LedgerTestKit.category(session.ledger(), "Food", "Groceries");
        LedgerTestKit.category(session.ledger(), "Home", "Household");
        LedgerTestKit.category(session.ledger(), "Fun", "Dining out");
        session.lock();
    }

    @Test
    void addASplitTransactionFindItAndRecategoriseIt() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("accounts");
        waitForText(".account-link", "Everyday"::equals);
        robot.clickOn(".account-link");
        waitForVisible("#registerTable");
        waitForText("#registerStatus", "No transactions"::equals);

        robot.clickOn("#registerTable");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitForVisible("#editorAmount");
        type("#editorAmount", "-80");
        type("#editorPayee", "Corner market");
        robot.clickOn("#addSplit");
        waitForVisible("#splitAmount0");
        choose("#splitCategory0", "Food: Groceries");
        replace("#splitAmount0", "-50");
        robot.clickOn("#addSplit");
        waitForVisible("#splitAmount1");
        choose("#splitCategory1", "Home: Household");
        waitForText("#splitRemaining", text -> text.endsWith("$0.00"));
        robot.clickOn("#saveTransaction");
        waitForText("#registerStatus", "One transaction"::equals);

        robot.interact(() -> node("#registerSearch").requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("corner");
        waitForText("#registerStatus", "One transaction"::equals);
        TableView<RegisterRow> table = node("#registerTable");
        assertThat(table.getItems())
                .singleElement()
                .satisfies(row -> assertThat(row.transaction().splits()).hasSize(2));
        robot.write("x");
        waitForText("#registerStatus", "No transactions"::equals);
        robot.type(KeyCode.BACK_SPACE);
        waitForText("#registerStatus", "One transaction"::equals);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editTransaction");
        waitForVisible("#removeSplit1");
        robot.clickOn("#removeSplit1");
        robot.clickOn("#removeSplit0");
        choose("#editorCategory", "Fun: Dining out");
        robot.clickOn("#saveTransaction");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilCategory(table, "Fun: Dining out");

        robot.interact(() -> table.getSelectionModel().select(0));
        choose("#bulkCategory", "Food: Groceries");
        robot.clickOn("#recategoriseButton");
        waitForText("#registerStatus", "One transaction now in Food: Groceries"::equals);
    }

    private void waitUntilCategory(TableView<RegisterRow> table, String label) {
        waitForText("#registerStatus", "One transaction"::equals);
        Choice wanted = this.<ComboBox<Choice>>node("#editorCategory").getItems().stream()
                .filter(c -> c.label().equals(label))
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < 100; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (!table.getItems().isEmpty()
                    && wanted.id()
                            .equals(table.getItems().getFirst().transaction().categoryId())) {
                return;
            }
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("The transaction did not get " + label);
    }

    private void choose(String query, String label) {
        ComboBox<Choice> box = node(query);
        robot.interact(() -> box.getItems().stream()
                .filter(c -> c.label().equals(label))
                .findFirst()
                .ifPresent(box::setValue));
    }

    private void replace(String query, String text) {
        robot.doubleClickOn(query);
        robot.interact(() -> ((javafx.scene.control.TextField) node(query)).clear());
        robot.clickOn(query).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
