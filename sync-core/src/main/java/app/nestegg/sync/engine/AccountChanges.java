package app.nestegg.sync.engine;

/**
 * What one sync did to one ledger account.
 *
 * @param added rows inserted
 * @param modified rows already held that the provider sent again (changed, or pending rows that posted)
 * @param removed rows deleted because the provider no longer reports them
 * @param matched rows typed or imported from a statement that the provider's row was linked to instead of a new row
 * @param holdings securities whose quantity an adjustment trade brought to what the bank reports
 */
public record AccountChanges(int added, int modified, int removed, int matched, int holdings) {

    public static final AccountChanges NONE = new AccountChanges(0, 0, 0, 0, 0);

    public AccountChanges {
        if (added < 0 || modified < 0 || removed < 0 || matched < 0 || holdings < 0) {
            throw new IllegalArgumentException("change counts are never negative");
        }
    }

    /** Changes of transaction rows only. */
    public AccountChanges(int added, int modified, int removed, int matched) {
        this(added, modified, removed, matched, 0);
    }

    public AccountChanges plus(AccountChanges other) {
        return new AccountChanges(
                added + other.added,
                modified + other.modified,
                removed + other.removed,
                matched + other.matched,
                holdings + other.holdings);
    }
}
