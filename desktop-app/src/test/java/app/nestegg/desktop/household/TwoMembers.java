package app.nestegg.desktop.household;

import app.nestegg.desktop.TestVaults;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.household.MemberCard;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;

/** Two real vaults in a test's folder, Alice's and Bob's, with the household helpers the tests share. */
public final class TwoMembers {

    private TwoMembers() {}

    /** Bob's vault, unlocked, in {@code root/bob}, named Bob. */
    public static VaultSession bob(Path root) {
        VaultSession bob = new TestVaults(root.resolve("bob")).create();
        bob.ledger().members().identity().rename("Bob");
        return bob;
    }

    /** {@code to} adds the member of {@code from}'s card, as if the fingerprints were compared. */
    public static void addCard(VaultSession to, VaultSession from) {
        to.ledger()
                .members()
                .add(
                        MemberCard.read(
                                from.ledger().members().identity().card(),
                                to.ledger().members().self().memberId()),
                        false);
    }

    /** Each adds the other. */
    public static void join(VaultSession one, VaultSession other) {
        addCard(one, other);
        addCard(other, one);
    }

    public static Account account(VaultSession session, String name) {
        return session.ledger()
                .accounts()
                .add(AccountDraft.of(name, AccountType.CHECKING, Currency.getInstance("USD"), BigDecimal.TEN)
                        .withOpeningDate(LocalDate.of(2025, 1, 1)));
    }
}
