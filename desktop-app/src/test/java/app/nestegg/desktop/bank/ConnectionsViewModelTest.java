package app.nestegg.desktop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.concurrent.SameThreadTaskExecutor;
import app.nestegg.desktop.ledger.LedgerTestKit;
import app.nestegg.desktop.ledger.accounts.AccountsViewModel;
import app.nestegg.desktop.ledger.accounts.AccountsViewModel.AccountLine;
import app.nestegg.sync.fake.plaid.FakeItem;
import app.nestegg.sync.fake.plaid.FakePlaidExtension;
import app.nestegg.sync.fake.plaid.FakePlaidServer;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.ConnectionStatus;
import app.nestegg.vault.ledger.Account;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConnectionsViewModelTest {

    @RegisterExtension
    final FakePlaidExtension plaid = new FakePlaidExtension();

    @TempDir
    Path root;

    private LedgerTestKit kit;
    private PlaidTestSetup.RecordingBrowser browser;
    private ConnectionsViewModel connections;

    @BeforeEach
    void setUp() {
        kit = new LedgerTestKit(root);
        PlaidTestSetup.saveFakeKeys(kit.ledger, plaid.server());
        browser = new PlaidTestSetup.RecordingBrowser();
        connections = new ConnectionsViewModel(
                new BankAccess(kit.session, Map.of(), kit.vaults.clock()),
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                browser);
        connections.refresh();
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private ConnectionRow linkSandboxBank() {
        connections.linkSandbox();
        assertThat(connections.errorProperty().get()).isEmpty();
        assertThat(connections.rows()).hasSize(1);
        return connections.rows().getFirst();
    }

    private FakeItem item(ConnectionRow row) {
        return plaid.server().item(kit.ledger.bankConnections().accessToken(row.id()));
    }

    @ParameterizedTest
    @EnumSource(ConnectionStatus.class)
    void everyStatusHasPlainWords(ConnectionStatus status) {
        assertThat(new ConnectionTexts(TestVaults.messages()).status(status))
                .isNotBlank()
                .doesNotContain("_");
    }

    @Test
    void theSandboxLinkIsOfferedOnceTheKeysAreSaved() {
        assertThat(connections.plaidReadyProperty().get()).isTrue();
        assertThat(connections.plaidSandboxProperty().get()).isTrue();
        assertThat(connections.rows()).isEmpty();
    }

    @Test
    void aSandboxLinkAddsAConnectionWithItsAccounts() {
        ConnectionRow row = linkSandboxBank();

        assertThat(row.institution()).isEqualTo("First Platypus Bank");
        assertThat(row.provider()).isEqualTo("Plaid");
        assertThat(row.status()).isEqualTo("Working");
        assertThat(row.lastSync()).isNotEqualTo("never");
        assertThat(row.accounts()).contains("Plaid Checking", "Plaid Saving", "Plaid Credit Card");
        assertThat(row.needsRelink()).isFalse();
        assertThat(connections.statusProperty().get())
                .startsWith("Synced First Platypus Bank:")
                .contains("Plaid Checking")
                .contains(
                        "Plaid IRA 0 new, 0 changed, 0 removed, 0 matched, 2 holdings brought to what the bank reports");
        assertThat(kit.ledger.accounts().list()).extracting(Account::name).contains("Plaid Checking");
    }

    @Test
    void syncNowShowsThePerAccountCounts() {
        ConnectionRow row = linkSandboxBank();
        FakeItem item = item(row);
        String checking = item.account("depository", "checking").accountId();
        item.addTransaction(checking, plaid.server().today(), new BigDecimal("12.34"), "Corner Bakery");
        item.addTransaction(checking, plaid.server().today(), new BigDecimal("5.00"), "Bus fare");

        connections.syncNow(row);

        assertThat(connections.errorProperty().get()).isEmpty();
        assertThat(connections.statusProperty().get())
                .startsWith("Synced First Platypus Bank:")
                .contains("Plaid Checking 2 new, 0 changed, 0 removed, 0 matched");
    }

    @Test
    void aLoginTheBankWantsAgainShowsInPlainWordsAndSigningInAgainRepairsIt() {
        ConnectionRow row = linkSandboxBank();
        item(row).breakLogin();

        connections.syncNow(row);

        ConnectionRow broken = connections.rows().getFirst();
        assertThat(broken.status()).isEqualTo("Needs you to sign in again");
        assertThat(broken.needsRelink()).isTrue();
        assertThat(broken.error())
                .isEqualTo("The login details of this account have changed. Log in again to continue.");
        assertThat(connections.errorProperty().get()).contains("Needs you to sign in again");

        connections.relink(broken);
        assertThat(browser.opened).hasSize(1);
        assertThat(connections.waitingProperty().get()).isTrue();
        assertThat(connections.statusProperty().get()).isEqualTo("Waiting for you to finish in the browser…");
        connections.pollLink();
        assertThat(connections.waitingProperty().get()).isTrue();

        browser.finishInBrowser();
        connections.pollLink();

        assertThat(connections.waitingProperty().get()).isFalse();
        assertThat(connections.errorProperty().get()).isEmpty();
        assertThat(connections.statusProperty().get()).startsWith("Synced First Platypus Bank:");
        assertThat(connections.rows().getFirst().status()).isEqualTo("Working");
        assertThat(connections.rows().getFirst().needsRelink()).isFalse();
    }

    @Test
    void aBankLinkedInTheBrowserIsAddedAndSynced() {
        connections.linkInBrowser();
        assertThat(browser.opened)
                .singleElement()
                .asString()
                .startsWith(plaid.server().baseUrl());
        assertThat(connections.waitingProperty().get()).isTrue();

        browser.finishInBrowser();
        connections.pollLink();

        assertThat(connections.waitingProperty().get()).isFalse();
        assertThat(connections.errorProperty().get()).isEmpty();
        assertThat(connections.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.accounts()).contains("Plaid Checking"));
        assertThat(connections.statusProperty().get()).startsWith("Synced First Platypus Bank:");
    }

    @Test
    void afterCancellingTheBrowserSessionIsNotUsed() {
        connections.linkInBrowser();
        connections.cancelLink();
        browser.finishInBrowser();

        connections.pollLink();

        assertThat(connections.waitingProperty().get()).isFalse();
        assertThat(connections.statusProperty().get()).isEqualTo("Stopped waiting for the browser.");
        assertThat(connections.rows()).isEmpty();
    }

    @Test
    void disconnectAsksFirstThenRemovesTheConnectionAndKeepsTheAccounts() {
        ConnectionRow row = linkSandboxBank();
        FakeItem item = item(row);
        int accounts = kit.ledger.accounts().list().size();

        connections.askDisconnect(row);
        assertThat(connections.pendingDisconnectProperty().get()).isEqualTo(row);
        connections.cancelDisconnect();
        assertThat(connections.rows()).hasSize(1);

        connections.askDisconnect(row);
        connections.confirmDisconnect();

        assertThat(connections.pendingDisconnectProperty().get()).isNull();
        assertThat(connections.rows()).isEmpty();
        assertThat(connections.statusProperty().get())
                .isEqualTo("Disconnected First Platypus Bank. Its accounts stay in the ledger.");
        assertThat(item.removed()).isTrue();
        assertThat(kit.ledger.bankConnections().list())
                .extracting(BankConnection::status)
                .containsExactly(ConnectionStatus.DISCONNECTED);
        assertThat(kit.ledger.accounts().list()).hasSize(accounts);
    }

    @Test
    void theAccountsPageNamesTheBankAndTheLastSync() {
        linkSandboxBank();
        AccountsViewModel accounts = new AccountsViewModel(
                kit.session,
                new SameThreadTaskExecutor(),
                TestVaults.messages(),
                LedgerTestKit.FORMAT,
                kit.vaults.clock(),
                account -> {});

        accounts.refresh();

        AccountLine checking = accounts.groups().stream()
                .flatMap(group -> group.lines().stream())
                .filter(line -> line.account().name().equals("Plaid Checking"))
                .findFirst()
                .orElseThrow();
        assertThat(checking.bankNote())
                .startsWith("First Platypus Bank · synced ")
                .doesNotContain("never");
    }

    @Test
    void noTokenOrSecretReachesAnyText() {
        ConnectionRow row = linkSandboxBank();
        item(row).breakLogin();
        connections.syncNow(row);
        connections.relink(connections.rows().getFirst());
        String accessToken = kit.ledger.bankConnections().accessToken(row.id());

        List<String> texts = new ArrayList<>();
        texts.add(connections.statusProperty().get());
        texts.add(connections.errorProperty().get());
        for (ConnectionRow shown : connections.rows()) {
            texts.addAll(List.of(
                    shown.institution(),
                    shown.provider(),
                    shown.status(),
                    shown.lastSync(),
                    shown.nextRetry(),
                    shown.error(),
                    shown.accounts(),
                    shown.toString()));
        }

        assertThat(texts)
                .allSatisfy(text -> assertThat(text)
                        .doesNotContain(accessToken)
                        .doesNotContain("access-sandbox")
                        .doesNotContain("public-sandbox")
                        .doesNotContain("link-sandbox")
                        .doesNotContain(FakePlaidServer.SECRET));
    }
}
