package app.nestegg.vault.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleHouseholdTest {

    static final LocalDate END = LocalDate.of(2026, 10, 31);

    @TempDir
    Path folder;

    @Test
    void writesExactlyTheRequestedRowsAndTheSameHouseholdForTheSameSeed() {
        List<String> first;
        List<String> second;
        try (LedgerFixture fx = new LedgerFixture(folder.resolve("a"))) {
            SampleSummary summary =
                    SampleHousehold.generate(fx.ledger, new SampleSpec(7, 3_000, 2, END), SampleProgress.NONE);
            assertThat(summary.transactions()).isEqualTo(3_000);
            assertThat(fx.ledger.register().count(RegisterQuery.all())).isEqualTo(3_000);
            assertThat(fx.ledger.accounts().list()).hasSize(7);
            first = describe(fx.ledger);
        }
        try (LedgerFixture fx = new LedgerFixture(folder.resolve("b"))) {
            SampleHousehold.generate(fx.ledger, new SampleSpec(7, 3_000, 2, END), SampleProgress.NONE);
            second = describe(fx.ledger);
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyNonTransferHasACategoryAndTheBalancesStayBelievable() {
        try (LedgerFixture fx = new LedgerFixture(folder)) {
            SampleHousehold.generate(fx.ledger, new SampleSpec(11, 3_000, 2, END), SampleProgress.NONE);
            PageKey key = null;
            do {
                RegisterPage page = fx.ledger.register().older(RegisterQuery.all(), key, 1_000);
                for (RegisterRow row : page.rows()) {
                    Transaction t = row.transaction();
                    if (!t.isTransfer() && !t.isSplit()) {
                        assertThat(t.categoryId())
                                .as("category of %s", t.payee())
                                .isNotNull();
                    }
                }
                key = page.next();
            } while (key != null);
            var balances = fx.ledger.balances().balances(END);
            for (Account account : fx.ledger.accounts().list()) {
                long balance = balances.get(account.id()).minor();
                switch (account.type()) {
                    case CHECKING, SAVINGS, CASH ->
                        assertThat(balance).as(account.name()).isPositive();
                    case CREDIT_CARD -> assertThat(balance).as(account.name()).isGreaterThan(-500_000);
                    default -> {}
                }
            }
        }
    }

    @Test
    void aSmallRequestStillEndsWithTheRequestedCount() {
        try (LedgerFixture fx = new LedgerFixture(folder)) {
            SampleHousehold.generate(fx.ledger, new SampleSpec(1, 25, 3, END), SampleProgress.NONE);
            assertThat(fx.ledger.register().count(RegisterQuery.all())).isEqualTo(25);
        }
    }

    @Test
    void refusesAnImpossibleRequest() {
        assertThatThrownBy(() -> new SampleSpec(1, 0, 3, END))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("1 to");
    }

    private static List<String> describe(Ledger ledger) {
        List<String> lines = new ArrayList<>();
        PageKey key = null;
        do {
            RegisterPage page = ledger.register().older(RegisterQuery.all(), key, 1_000);
            for (RegisterRow row : page.rows()) {
                Transaction t = row.transaction();
                lines.add(t.date() + " " + ledger.accounts().get(t.accountId()).name() + " " + t.payee() + " "
                        + t.amount() + " " + t.splits().size());
            }
            key = page.next();
        } while (key != null);
        lines.sort(String::compareTo);
        return lines;
    }
}
