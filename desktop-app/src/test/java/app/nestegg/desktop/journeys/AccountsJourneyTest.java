package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;

/** On the Accounts page, leaves an account out of net worth, sees the figure drop, then counts it again. */
class AccountsJourneyTest extends UiJourney {

    private Account loan;

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        add(session, "Everyday", AccountType.CHECKING, "500");
        loan = add(session, "Loan to Sam", AccountType.OTHER_ASSET, "200");
        session.lock();
    }

    @Test
    void leaveAnAccountOutOfNetWorthAndCountItAgain() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("accounts");
        String toggle = "#countsInNetWorth-" + loan.id();
        waitForEnabled(toggle);
        waitForText("#netWorth", "Net worth: $700.00"::equals);

        robot.clickOn(toggle);

        waitForText("#netWorth", "Net worth: $500.00"::equals);
        waitForEnabled(toggle);
        assertThat(this.<CheckBox>node(toggle).isSelected()).isFalse();
        assertThat(isShown(".account-link.not-in-net-worth"))
                .as("the left-out account reads muted")
                .isTrue();

        robot.clickOn(toggle);

        waitForText("#netWorth", "Net worth: $700.00"::equals);
        waitForEnabled(toggle);
        assertThat(this.<CheckBox>node(toggle).isSelected()).isTrue();
        assertThat(isShown(".account-link.not-in-net-worth")).isFalse();
    }

    private static Account add(VaultSession session, String name, AccountType type, String opening) {
        return session.ledger()
                .accounts()
                .add(AccountDraft.of(name, type, Currency.getInstance("USD"), new BigDecimal(opening))
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
    }
}
