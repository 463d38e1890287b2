package app.nestegg.desktop.ledger.register;

import static app.nestegg.desktop.ledger.LedgerTestKit.FORMAT;
import static app.nestegg.desktop.ledger.LedgerTestKit.USD;
import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.ledger.TransactionStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileViewModelTest {

    @TempDir
    Path root;

    private LedgerTestKit kit;

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void finishIsRefusedWhileADifferenceIsLeftThenMarksClearedRows() {
        kit = new LedgerTestKit(root);
        Account account = kit.account("Everyday", AccountType.CHECKING, USD, "100.00");
        var t = kit.ledger
                .transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.of(2026, 2, 1), new BigDecimal("-30"), "Shop")
                        .withStatus(TransactionStatus.CLEARED));
        int[] finished = {0};
        ReconcileViewModel reconcile = new ReconcileViewModel(
                kit.session,
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                FORMAT,
                kit.vaults.clock(),
                account,
                () -> finished[0]++);

        reconcile.statementBalanceProperty().set("60");
        reconcile.preview();
        assertThat(reconcile.summaryProperty().get())
                .isEqualTo("Cleared balance $70.00; difference -$10.00; one transaction to mark reconciled");
        assertThat(reconcile.balancesProperty().get()).isFalse();
        reconcile.finish();
        assertThat(reconcile.errorProperty().get()).contains("difference");
        assertThat(finished[0]).isZero();

        reconcile.statementBalanceProperty().set("70");
        reconcile.finish();
        assertThat(reconcile.errorProperty().get()).isEmpty();
        assertThat(reconcile.summaryProperty().get()).isEqualTo("One transaction marked reconciled");
        assertThat(finished[0]).isEqualTo(1);
        assertThat(kit.ledger.transactions().get(t.id()).status()).isEqualTo(TransactionStatus.RECONCILED);
    }
}
