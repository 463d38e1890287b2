package app.nestegg.desktop.bank;

import app.nestegg.desktop.text.Messages;
import app.nestegg.sync.provider.AccessToken;
import app.nestegg.sync.provider.ProviderKind;
import app.nestegg.vault.VaultException;
import app.nestegg.vault.bank.BankConnection;

/**
 * Removing a connection: the provider is told to forget the login first (so it stops holding the bank's consent), then
 * the vault forgets the token and unlinks the accounts, which stay in the ledger with their rows. When the provider
 * cannot be told (no keys, the network, a refusal) the connection is still removed here and the message says so.
 */
final class Disconnection {

    private final BankAccess bank;
    private final BankErrors errors;
    private final Messages messages;

    Disconnection(BankAccess bank, BankErrors errors, Messages messages) {
        this.bank = bank;
        this.errors = errors;
        this.messages = messages;
    }

    String disconnect(ConnectionRow row) {
        BankConnection connection = bank.connections().get(row.id());
        String notTold = "";
        try {
            AccessToken token = new AccessToken(bank.connections().accessToken(row.id()));
            bank.setup()
                    .provider(ProviderKind.valueOf(connection.provider().name()))
                    .disconnect(token);
        } catch (VaultException | IllegalArgumentException | IllegalStateException e) {
            notTold = messages.format("bank.providerNotTold", errors.describe(e));
        }
        bank.connections().remove(row.id());
        return messages.format("bank.disconnected", connection.institutionName()) + notTold;
    }
}
