package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.ledger.recurring.BillLine;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/** Bills & subscriptions: a detected subscription is confirmed, shows as due, and is entered by approval. */
class BillsJourneyTest extends UiJourney {

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        Account checking = session.ledger()
                .accounts()
                .add(AccountDraft.of("Checking", AccountType.CHECKING, Currency.getInstance("USD"), BigDecimal.TEN)
                        .withOpeningDate(LocalDate.of(2025, 1, 1)));
        for (String day : new String[] {"2025-12-03", "2026-01-03", "2026-02-03"}) {
            session.ledger()
                    .transactions()
                    .add(TransactionDraft.of(checking.id(), LocalDate.parse(day), new BigDecimal("-4.50"), "News"));
        }
        session.ledger().recurring().detect();
        session.lock();
    }

    @Test
    void confirmADetectedSubscriptionAndEnterItWhenDue() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("bills");
        waitForText("#detectedList", text -> text.contains("News"));
        robot.interact(() -> this.<ListView<BillLine>>node("#detectedList")
                .getSelectionModel()
                .select(0));
        waitForEnabled("#confirmBill");
        assertThat(this.<TextField>node("#billAmount").getText()).isEqualTo("4.50");

        robot.clickOn("#confirmBill");

        waitForText("#billsStatus", "‘News’ is scheduled."::equals);
        assertThat(this.<ListView<?>>node("#scheduledList").getItems()).hasSize(1);
        robot.interact(() ->
                this.<ListView<?>>node("#upcomingList").getSelectionModel().select(0));
        robot.clickOn("#enterBill");
        waitForText("#billsStatus", text -> text.startsWith("Entered the one due Mar 3, 2026"));
        assertThat(this.<ListView<?>>node("#upcomingList").getItems()).isEmpty();
    }
}
