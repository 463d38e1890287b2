package app.nestegg.vault.household.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Transaction;
import app.nestegg.vault.ledger.TransactionDraft;
import app.nestegg.vault.store.ChangeOperation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge history per bundle and member, and who changed a row. */
class MergeHistoryTest {

    @TempDir
    Path folder;

    HouseholdVault alex;
    HouseholdVault blair;
    Account account;

    @BeforeEach
    void openVaults() {
        alex = new HouseholdVault(folder.resolve("alex"));
        blair = new HouseholdVault(folder.resolve("blair"));
        blair.knows(alex.memberId(), "Alex");
        account = alex.ledger
                .accounts()
                .add(AccountDraft.of("Joint", AccountType.CHECKING, Currency.getInstance("USD"), BigDecimal.TEN));
    }

    @AfterEach
    void lockVaults() {
        alex.close();
        blair.close();
    }

    @Test
    void eachMergeIsRecordedAndTheLastPerMemberIsKnown() {
        UUID first = UUID.randomUUID();
        MergeResult one = blair.merge.merge(first, alex.memberId(), alex.ownEntries());
        blair.vaults.clock.advance(Duration.ofMinutes(1));
        alex.ledger
                .transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.of(2026, 11, 2), BigDecimal.ONE, "Pay"));
        UUID second = UUID.randomUUID();
        MergeResult two = blair.merge.merge(second, alex.memberId(), alex.ownEntries());

        MergeHistory history = new MergeHistory(blair.ledger.changeLog());
        assertThat(history.list()).extracting(MergeRecord::bundleId).containsExactly(second, first);
        MergeRecord last = history.lastPerMember().get(alex.memberId());
        assertThat(last.bundleId()).isEqualTo(second);
        assertThat(last.authorName()).isEqualTo("Alex");
        assertThat(last.applied()).isEqualTo(two.applied());
        assertThat(last.alreadySeen()).isEqualTo(one.applied());
        assertThat(last.lastAuthorHlc()).isEqualTo(alex.ownEntries().getLast().hlc());
    }

    @Test
    void whoChangedThisNamesEveryMemberAndTime() {
        Transaction pay = alex.ledger
                .transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.of(2026, 11, 2), BigDecimal.ONE, "Pay"));
        blair.mergeFrom(alex);
        blair.ledger.transactions().edit(pay.id(), pay.toDraft().withPayee("Salary"));

        var changes = new ChangeAuthors(blair.ledger.changeLog()).of("ledger_transaction", pay.id());

        assertThat(changes).extracting(RowChange::memberName).containsExactly("Alex", "Me");
        assertThat(changes)
                .extracting(RowChange::operation)
                .containsExactly(ChangeOperation.INSERT, ChangeOperation.UPDATE);
        assertThat(changes.getFirst().at()).isEqualTo(alex.vaults.clock.instant());
    }
}
