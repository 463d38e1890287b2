package app.nestegg.vault.ledger;

import static app.nestegg.vault.ledger.LedgerFixture.USD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterTest {

    @TempDir
    Path folder;

    @Test
    void pagesOfOneAccountWalkEveryRowNewestFirstWithRunningBalancesAndBackAgain() {
        try (LedgerFixture fx = new LedgerFixture(folder)) {
            Account checking = fx.account("Checking", USD, "100.00");
            Account other = fx.account("Other", USD, "0");
            for (int i = 0; i < 23; i++) {
                String date = LocalDate.of(2026, 9, 1).plusDays(i % 9).toString();
                fx.add(checking, date, "-" + (i + 1), "Shop " + i);
                fx.add(other, date, "-1", "Elsewhere " + i);
            }
            RegisterQuery query = RegisterQuery.forAccount(checking.id());

            List<RegisterRow> walked = new ArrayList<>();
            List<PageKey> pageEnds = new ArrayList<>();
            PageKey key = null;
            do {
                RegisterPage page = fx.ledger.register().older(query, key, 5);
                walked.addAll(page.rows());
                key = page.next();
                pageEnds.add(key);
            } while (key != null);

            assertThat(walked).hasSize(23);
            assertThat(walked)
                    .extracting(RegisterRow::key)
                    .isSortedAccordingTo(Comparator.comparing(PageKey::date)
                            .thenComparing(PageKey::id)
                            .reversed());
            assertThat(walked.getFirst().runningBalance()).isEqualTo(new Money(10_000 - 27_600, USD));
            assertThat(walked.getLast().runningBalance())
                    .isEqualTo(new Money(
                            10_000 + walked.getLast().transaction().amount().minor(), USD));
            RegisterPage newer = fx.ledger.register().newer(query, pageEnds.getFirst(), 5);
            assertThat(newer.rows())
                    .extracting(RegisterRow::key)
                    .containsExactlyElementsOf(
                            walked.subList(0, 4).stream().map(RegisterRow::key).toList());
        }
    }

    @Test
    void firstPageOfAnAccountIsReadBackwardsFromTheRegisterIndexNotSorted() {
        try (LedgerFixture fx = new LedgerFixture(folder)) {
            Account checking = fx.account("Checking", USD, "0");
            fx.add(checking, "2026-09-01", "-1", "Shop");
            // the statement Register.older sends for an account's newest page
            String plan = fx.session
                    .database()
                    .read(dsl -> dsl.fetchValue(
                                    "EXPLAIN SELECT * FROM ledger_transaction"
                                            + " USE INDEX (ledger_transaction_register) WHERE account_id = ?"
                                            + " ORDER BY account_id DESC, posted_on DESC, id DESC LIMIT 51",
                                    checking.id())
                            .toString());
            assertThat(plan).contains("PUBLIC.LEDGER_TRANSACTION_REGISTER:").contains("/* index sorted */");
        }
    }

    @Test
    void aLedgerRowEntersNoIndexTwice() {
        try (LedgerFixture fx = new LedgerFixture(folder)) {
            List<String> indexes = fx.session
                    .database()
                    .read(dsl -> dsl.fetch("SELECT index_name FROM information_schema.indexes"
                                    + " WHERE table_name = 'LEDGER_TRANSACTION' ORDER BY index_name")
                            .getValues(0, String.class));
            assertThat(indexes)
                    .as("V20: no descending copy of the register index, no second index on category_id")
                    .hasSize(7)
                    .contains(
                            "LEDGER_TRANSACTION_REGISTER",
                            "LEDGER_TRANSACTION_BY_DATE",
                            "LEDGER_TRANSACTION_BY_CATEGORY",
                            "LEDGER_TRANSACTION_BY_EXTERNAL_ID",
                            "LEDGER_TRANSACTION_BY_PEER")
                    .doesNotContain("LEDGER_TRANSACTION_REGISTER_NEWEST");
        }
    }
}
