package app.nestegg.vault.store;

/** What a change-log entry did to its row; stored by name. */
public enum ChangeOperation {
    INSERT,
    UPDATE,
    DELETE
}
