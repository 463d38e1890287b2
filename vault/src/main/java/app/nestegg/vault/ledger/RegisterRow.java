package app.nestegg.vault.ledger;

/** One register line: the transaction and, when the register shows a whole account, the balance after it. */
public record RegisterRow(Transaction transaction, Money runningBalance) {

    public PageKey key() {
        return new PageKey(transaction.date(), transaction.id());
    }
}
