package app.nestegg.desktop.bank;

import app.nestegg.desktop.bank.LinkedSync.Linked;
import app.nestegg.sync.plaid.LinkToken;
import app.nestegg.sync.plaid.LinkTokenStatus;
import app.nestegg.sync.plaid.PlaidClient;
import app.nestegg.sync.plaid.PlaidItem;
import app.nestegg.sync.plaid.PlaidItemAccess;
import app.nestegg.sync.plaid.PlaidLinkRequest;
import app.nestegg.sync.plaid.PublicToken;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankProviderKind;
import java.util.UUID;

/**
 * The blocking steps of linking a bank through Plaid, each one call from background work: the sandbox shortcut, a
 * Hosted Link session (new or, for a login that needs the person again, in update mode), one look at whether the
 * session finished, and the end of it: exchange, store, first sync. Tokens stay inside; what comes out is words.
 */
final class PlaidLinking {

    private final BankAccess bank;
    private final ConnectionTexts texts;
    private final LinkedSync linkedSync;

    PlaidLinking(BankAccess bank, ConnectionTexts texts) {
        this.bank = bank;
        this.texts = texts;
        this.linkedSync = new LinkedSync(bank, texts);
    }

    /** The sandbox's First Platypus Bank, without a browser. */
    Linked linkSandbox() {
        PlaidClient client = bank.plaid();
        return finish(client, client.createSandboxPublicToken());
    }

    /** A Hosted Link session for a new bank; its {@link LinkToken#hostedLinkUrl()} is for the browser. */
    LinkToken startHostedLink() {
        return hosted(bank.plaid()
                .createLinkToken(PlaidLinkRequest.newItem(BankAccess.CLIENT_NAME, BankAccess.CLIENT_USER_ID)));
    }

    /** A Hosted Link session in update mode, where the person signs in to the bank of {@code connectionId} again. */
    LinkToken startRelink(UUID connectionId) {
        AccessToken token = new AccessToken(bank.connections().accessToken(connectionId));
        return hosted(bank.plaid()
                .createLinkToken(PlaidLinkRequest.update(BankAccess.CLIENT_NAME, BankAccess.CLIENT_USER_ID, token)));
    }

    private static LinkToken hosted(LinkToken token) {
        if (token.hostedLinkUrl() == null) {
            throw new IllegalStateException("Plaid gave no Hosted Link page for this session");
        }
        return token;
    }

    LinkTokenStatus status(LinkToken token) {
        return bank.plaid().linkTokenStatus(token);
    }

    /** Exchanges the public token, stores the connection with its institution's name, and syncs it once. */
    Linked finish(PublicToken publicToken) {
        return finish(bank.plaid(), publicToken);
    }

    private Linked finish(PlaidClient client, PublicToken publicToken) {
        PlaidItemAccess access = client.exchangePublicToken(publicToken);
        String institution = institution(client, access);
        BankConnection connection = bank.connections()
                .add(
                        BankProviderKind.PLAID,
                        institution,
                        access.itemId(),
                        access.accessToken().value());
        return sync(connection.id(), institution);
    }

    /** After an update-mode session: the login is good again (the token stays the same), so sync. */
    Linked finishRelink(UUID connectionId) {
        BankConnection connection =
                bank.connections().relinked(connectionId, bank.connections().accessToken(connectionId));
        return sync(connectionId, connection.institutionName());
    }

    Linked sync(UUID connectionId, String institution) {
        return linkedSync.sync(connectionId, institution);
    }

    private String institution(PlaidClient client, PlaidItemAccess access) {
        String fallback = texts.unknownInstitution();
        PlaidItem item = client.item(access.accessToken());
        if (item.institutionName() != null && !item.institutionName().isBlank()) {
            return item.institutionName();
        }
        return client.accounts(access.accessToken()).stream()
                .map(ProviderAccount::institutionName)
                .filter(name -> name != null && !name.isBlank())
                .findFirst()
                .orElse(fallback);
    }
}
