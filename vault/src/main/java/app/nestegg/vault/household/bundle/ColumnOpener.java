package app.nestegg.vault.household.bundle;

/**
 * Opens the sealed columns of one stored entry as they are copied into a bundle: each vault seals with its own key,
 * so a sealed value travels as its text (the bundle's encryption protects it on the way).
 */
public interface ColumnOpener {

    /** For a table without sealed columns. */
    ColumnOpener NONE = new ColumnOpener() {
        @Override
        public boolean isSealed(String column) {
            return false;
        }

        @Override
        public String open(String column, String stored) {
            throw new IllegalStateException("Column " + column + " is not sealed");
        }
    };

    boolean isSealed(String column);

    /** The text of a sealed column from its stored form, which is never null. */
    String open(String column, String stored);
}
