package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.ledger.Choice;
import app.nestegg.desktop.ledger.invest.HoldingRow;
import app.nestegg.desktop.ledger.invest.TradeRow;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** Opens the Investments page, records a buy in the trade dialog and sees the holding with its value. */
class InvestmentsJourneyTest extends UiJourney {

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        Currency usd = Currency.getInstance("USD");
        session.ledger()
                .accounts()
                .add(AccountDraft.of("Broker", AccountType.BROKERAGE, usd, BigDecimal.ZERO)
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
        session.ledger()
                .investments()
                .securities()
                .add(new SecurityDraft("VTI", "Total market", SecurityType.ETF, usd));
        session.lock();
    }

    @Test
    void recordABuyAndSeeTheHolding() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("investments");
        waitForEnabled("#recordTrade");

        robot.clickOn("#recordTrade");
        waitForVisible("#tradeQuantity");
        ComboBox<Choice> security = node("#tradeSecurity");
        assertThat(security.getValue().label()).isEqualTo("VTI · Total market");
        type("#tradeQuantity", "10");
        type("#tradePrice", "100");
        robot.clickOn("#saveTrade");

        waitForText("#investTotals", text -> text.startsWith("Market value $1,000.00"));
        assertThat(isShown("#tradeQuantity")).as("the dialog closed").isFalse();
        TableView<HoldingRow> table = node("#holdingsTable");
        assertThat(table.getItems()).singleElement().satisfies(row -> {
            assertThat(row.symbol()).isEqualTo("VTI");
            assertThat(row.quantity()).isEqualTo("10");
        });
        waitForText("#investStatus", text -> text.endsWith("recorded."));
        TableView<TradeRow> trades = node("#tradesTable");
        assertThat(trades.getItems()).extracting(TradeRow::kind).containsExactly("Buy");

        robot.interact(() -> trades.getSelectionModel().select(0));
        robot.clickOn("#deleteTrade");

        waitForText("#investStatus", text -> text.endsWith("deleted."));
        assertThat(trades.getItems()).isEmpty();
        assertThat(table.getItems()).isEmpty();
    }
}
