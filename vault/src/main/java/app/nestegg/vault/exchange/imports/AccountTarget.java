package app.nestegg.vault.exchange.imports;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;

/** Where one statement's rows go: an account of the vault, an account the import will open, or not yet decided. */
public sealed interface AccountTarget {

    /** A name to show: the account's, the new account's, or a hint that the person must choose. */
    String label();

    record Existing(Account account) implements AccountTarget {
        @Override
        public String label() {
            return account.name();
        }
    }

    /** The file names an account number no vault account is linked to: the import opens this account. */
    record NewAccount(AccountDraft draft) implements AccountTarget {
        @Override
        public String label() {
            return draft.name() + " (new)";
        }
    }

    /** The file names no account (QIF, CSV): the person picks one. */
    record Unmatched() implements AccountTarget {
        @Override
        public String label() {
            return "choose an account";
        }
    }
}
