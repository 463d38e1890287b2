package app.nestegg.vault.ledger;

/**
 * How a rule's pattern is compared with a payee: the whole payee ignoring case, a part of it ignoring case, or a
 * regular expression found anywhere in it, ignoring case.
 */
public enum PayeeMatch {
    EQUALS,
    CONTAINS,
    REGEX
}
