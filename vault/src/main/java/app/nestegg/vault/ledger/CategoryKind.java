package app.nestegg.vault.ledger;

/** Whether a category group holds money coming in or going out; budgets and reports read it. */
public enum CategoryKind {
    INCOME,
    EXPENSE
}
