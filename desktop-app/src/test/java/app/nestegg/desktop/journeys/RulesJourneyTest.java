package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.PayeeMatch;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/** Opens the rules editor, is told a broken pattern is wrong, saves a rule, previews it and applies it. */
class RulesJourneyTest extends UiJourney {

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        Account account = session.ledger()
                .accounts()
                .add(AccountDraft.of(
                                "Everyday", AccountType.CHECKING, Currency.getInstance("USD"), new BigDecimal("500"))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
        for (String payee : new String[] {"Corner Market", "Farmers market", "Bookshop"}) {
            session.ledger()
                    .transactions()
                    .add(TransactionDraft.of(account.id(), LocalDate.of(2024, 3, 5), new BigDecimal("-10"), payee));
        }
        session.lock();
    }

    @Test
    void createARulePreviewItAndApplyIt() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("rules");
        waitForVisible("#ruleName");

        type("#ruleName", "Markets");
        ComboBox<PayeeMatch> match = node("#ruleMatch");
        robot.interact(() -> match.setValue(PayeeMatch.REGEX));
        type("#rulePattern", "market(");
        ComboBox<Choice> category = node("#ruleCategory");
        robot.interact(() -> category.getItems().stream()
                .filter(c -> c.label().equals("Food: Groceries"))
                .findFirst()
                .ifPresent(category::setValue));
        robot.clickOn("#saveRule");
        waitForText("#rulePatternError", text -> text.startsWith("Pattern 'market(' is not a valid"));
        assertThat(listedRules()).isZero();

        robot.interact(() -> ((TextField) node("#rulePattern")).setText("market"));
        robot.clickOn("#previewRule");
        waitForText("#previewCount", "2 transactions would change"::equals);
        assertThat(isShown("#rulePatternError")).isFalse();
        assertThat(listedRules()).isEqualTo(1);

        robot.clickOn("#applyRules");
        waitForText("#rulesStatus", "2 transactions changed"::equals);
        robot.clickOn("#previewAllRules");
        waitForText("#previewCount", "No transaction would change"::equals);
    }

    private int listedRules() {
        return this.<javafx.scene.control.ListView<?>>node("#ruleList")
                .getItems()
                .size();
    }
}
