package app.nestegg.vault.household.bundle;

/** The field names of a bundle's payload JSON, shared by its writer and reader. */
final class PayloadFields {

    static final String BUNDLE_ID = "bundleId";
    static final String AUTHOR_ID = "authorId";
    static final String ENTRIES = "entries";
    static final String ID = "id";
    static final String HLC = "hlc";
    static final String MEMBER = "member";
    static final String TABLE = "table";
    static final String ROW = "row";
    static final String OPERATION = "op";
    static final String COLUMNS = "columns";

    private PayloadFields() {}
}
