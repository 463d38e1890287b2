package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Category;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/**
 * A vault whose Groceries spending is at 90 % of this month's budget: once unlocked, the scheduled budget check pops up
 * an alert over the window, and the bell's panel lists it until it is marked read.
 */
class BudgetAlertJourneyTest extends UiJourney {

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        Ledger ledger = session.ledger();
        // The window's scheduled work reads the month from the vault's clock.
        YearMonth month = YearMonth.now(vaults.clock());
        Account checking = ledger.accounts()
                .add(AccountDraft.of(
                                "Checking", AccountType.CHECKING, ledger.rates().baseCurrency(), new BigDecimal("1000"))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
        Category groceries = ledger.categories().find("Groceries");
        ledger.budgets()
                .set(groceries.id(), month, Money.parse("100.00", ledger.rates().baseCurrency(), "budget"));
        ledger.transactions()
                .add(TransactionDraft.of(checking.id(), month.atDay(1), new BigDecimal("-90.00"), "Market")
                        .withCategory(groceries.id()));
        session.lock();
    }

    @Test
    void aBudgetAlertPopsUpAndThePanelListsIt() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");

        waitForText(".notification-bar", text -> text.contains("Groceries has used 80 %"));
        assertThat(text(node(".notification-bar"))).contains("Budget alert");
        Region card = (Region) ((Parent) node(".notification-bar"))
                .getChildrenUnmodifiable().stream()
                        .filter(child -> child.getStyleClass().contains("pane"))
                        .findFirst()
                        .orElseThrow();
        assertThat(card.getBackground()).as("the theme draws the pop-up's card").isNotNull();
        assertThat(card.getBackground().getFills()).isNotEmpty();
        waitForText("#notificationsButton", text -> text.equals("Notifications (1)"));

        robot.clickOn("#notificationsButton");
        waitForVisible("#notificationsPanel");
        assertThat(text(node("#notificationsList"))).contains("Budget alert", "Groceries has used 80 %", "unread");

        robot.clickOn("#markAllRead");
        waitForText("#notificationsButton", text -> text.equals("Notifications"));
        assertThat(text(node("#notificationsList"))).doesNotContain("unread");
    }
}
