package app.nestegg.sync.provider;

import app.nestegg.vault.ledger.AccountType;

/** The broad kind of a linked account, as both providers report it, and the ledger type it becomes. */
public enum ProviderAccountKind {
    DEPOSITORY(AccountType.CHECKING),
    CREDIT(AccountType.CREDIT_CARD),
    LOAN(AccountType.LOAN),
    INVESTMENT(AccountType.BROKERAGE),
    OTHER(AccountType.OTHER_ASSET);

    private final AccountType ledgerType;

    ProviderAccountKind(AccountType ledgerType) {
        this.ledgerType = ledgerType;
    }

    /** The ledger type a new account of this kind gets when the subtype says nothing more precise. */
    public AccountType ledgerType() {
        return ledgerType;
    }
}
