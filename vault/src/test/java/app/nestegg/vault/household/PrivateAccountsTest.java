package app.nestegg.vault.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.store.Ids;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateAccountsTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    PrivateAccounts privateAccounts;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        privateAccounts = fx.ledger.privateAccounts();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anAccountMarkedPrivateStaysSoAcrossUnlocksUntilShared() {
        Account mine = fx.account("My savings", LedgerFixture.USD, "100");
        Account joint = fx.account("Joint", LedgerFixture.USD, "10");
        int before = fx.changeLogSize();

        assertThat(privateAccounts.markPrivate(mine.id())).isTrue();
        assertThat(privateAccounts.markPrivate(mine.id())).as("already private").isFalse();
        assertThat(fx.changeLogSize()).as("the choice never travels").isEqualTo(before);
        fx.session.lock();

        try (VaultSession session = fx.vaults.unlock(folder.resolve("vault"))) {
            PrivateAccounts reopened = session.ledger().privateAccounts();
            assertThat(reopened.isPrivate(mine.id())).isTrue();
            assertThat(reopened.isPrivate(joint.id())).isFalse();
            assertThat(reopened.privateAccounts()).containsExactly(mine.id());

            assertThat(reopened.share(mine.id())).isTrue();
            assertThat(reopened.share(mine.id())).as("already shared").isFalse();
            assertThat(reopened.privateAccounts()).isEmpty();
        }
    }

    @Test
    void anUnknownAccountCannotBeMarkedPrivate() {
        UUID unknown = Ids.newId();

        assertThatThrownBy(() -> privateAccounts.markPrivate(unknown))
                .isInstanceOf(LedgerInputException.class)
                .hasMessageContaining("No account with id " + unknown);
        assertThat(privateAccounts.privateAccounts()).isEmpty();
    }
}
