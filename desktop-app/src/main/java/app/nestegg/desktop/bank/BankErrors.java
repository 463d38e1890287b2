package app.nestegg.desktop.bank;

import app.nestegg.desktop.text.Messages;
import app.nestegg.sync.provider.ProviderException;
import app.nestegg.vault.VaultException;

/**
 * A failure in plain words: the provider's own message for the person when it gave one, the vault's or the settings'
 * message otherwise. None of these carries a token or a secret: the Plaid client redacts them, and the settings name
 * variables, never their values.
 */
final class BankErrors {

    private final Messages messages;

    BankErrors(Messages messages) {
        this.messages = messages;
    }

    String describe(Exception failure) {
        return switch (failure) {
            case ProviderException provider -> messages.format("bank.providerRefused", provider.userMessage());
            case VaultException vault -> vault.getMessage();
            case IllegalArgumentException argument -> argument.getMessage();
            case IllegalStateException state -> state.getMessage();
            default -> messages.get("bank.unexpected");
        };
    }
}
