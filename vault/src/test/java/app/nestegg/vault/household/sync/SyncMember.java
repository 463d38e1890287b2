package app.nestegg.vault.household.sync;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.MemberCard;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.TransactionDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;

/** One household member in sync tests: a real vault on disk, unlocked, with its household sync. */
final class SyncMember implements AutoCloseable {

    final TestVaults vaults;
    final VaultSession session;

    SyncMember(TestVaults vaults, Path folder) {
        this.vaults = vaults;
        this.session = vaults.create(folder);
    }

    Ledger ledger() {
        return session.ledger();
    }

    HouseholdSync sync() {
        return session.household();
    }

    /** Adds the other member, as after comparing fingerprints. */
    void invites(SyncMember other) {
        String card = other.ledger().members().identity().card();
        ledger().members().add(MemberCard.read(card, ledger().changeLog().memberId()), false);
    }

    Account account(String name) {
        return ledger().accounts()
                .add(AccountDraft.of(
                        name, AccountType.CHECKING, Currency.getInstance("EUR"), new BigDecimal("100.00")));
    }

    void spend(Account account, String payee, String amount) {
        ledger().transactions()
                .add(TransactionDraft.of(account.id(), LocalDate.parse("2026-11-20"), new BigDecimal(amount), payee));
    }

    boolean hasAccount(String name) {
        return ledger().accounts().list().stream().anyMatch(a -> a.name().equals(name));
    }

    String digest() {
        return sync().digest().hex();
    }

    @Override
    public void close() {
        session.close();
    }
}
