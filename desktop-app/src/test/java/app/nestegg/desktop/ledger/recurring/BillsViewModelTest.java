package app.nestegg.desktop.ledger.recurring;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Bills & subscriptions page's view model on a real vault, the clock at 2026-03-01. */
class BillsViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private BillsViewModel bills;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        Account checking = kit.account("Checking", AccountType.CHECKING, USD, "1000");
        for (String day : new String[] {"2025-11-10", "2025-12-10", "2026-01-12", "2026-02-10"}) {
            kit.ledger
                    .transactions()
                    .add(TransactionDraft.of(checking.id(), LocalDate.parse(day), new BigDecimal("-9.99"), "Tunes"));
        }
        kit.ledger.recurring().detect();
        bills = new BillsViewModel(kit.session, new SameThreadTaskExecutor(), TestVaults.messages(), FORMAT);
        bills.refresh();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void listsADetectedSeriesWithItsNextDayAndAmount() {
        assertThat(bills.detected()).singleElement().satisfies(line -> {
            assertThat(line.payee()).isEqualTo("Tunes");
            assertThat(line.detail()).isEqualTo("-$9.99 monthly, next Mar 10, 2026 (seen 4 times)");
        });
        assertThat(bills.scheduled()).isEmpty();
        assertThat(bills.upcoming()).isEmpty();
        assertThat(bills.postsProperty().get()).isTrue();
    }

    @Test
    void confirmingWithAnEditedAmountSchedulesItAndApproveItemsAreEnteredOrSkipped() {
        BillLine tunes = bills.detected().getFirst();
        bills.edit(tunes);
        assertThat(bills.amountProperty().get()).isEqualTo("9.99");
        bills.amountProperty().set("10.99");

        bills.confirm(tunes);

        assertThat(bills.errorProperty().get()).isEmpty();
        assertThat(bills.statusProperty().get()).isEqualTo("‘Tunes’ is scheduled.");
        assertThat(bills.detected()).isEmpty();
        assertThat(bills.scheduled())
                .singleElement()
                .satisfies(line ->
                        assertThat(line.detail()).isEqualTo("-$10.99 monthly, due Mar 10, 2026, waits for approval"));
        UpcomingLine due = bills.upcoming().getFirst();
        assertThat(due.waits()).isTrue();
        assertThat(due.text()).contains("Mar 10, 2026", "Tunes", "-$10.99");

        bills.skip(due);
        assertThat(bills.statusProperty().get()).isEqualTo("Skipped the one due Mar 10, 2026.");
        assertThat(bills.upcoming()).isEmpty();
        assertThat(bills.scheduled().getFirst().detail()).contains("due Apr 10, 2026");
    }

    @Test
    void dismissingRemovesTheSeriesAndBadInputIsNamed() {
        BillLine tunes = bills.detected().getFirst();
        bills.amountProperty().set("ten");
        bills.confirm(tunes);
        assertThat(bills.errorProperty().get()).isEqualTo("‘ten’ is not an amount");
        bills.amountProperty().set("");
        bills.firstDueProperty().set("2026-02-01");
        bills.confirm(tunes);
        assertThat(bills.errorProperty().get()).contains("before today");
        assertThat(bills.scheduled()).isEmpty();

        bills.dismiss(tunes);

        assertThat(bills.statusProperty().get()).isEqualTo("‘Tunes’ dismissed; it is not offered again.");
        assertThat(bills.detected()).isEmpty();
    }

    @Test
    void switchingPostingOffIsKeptByThisVault() {
        bills.postsProperty().set(false);

        assertThat(kit.ledger.recurring().postsScheduled()).isFalse();
        assertThat(bills.statusProperty().get()).isEqualTo("This computer no longer enters scheduled transactions.");
    }
}
