package app.nestegg.desktop.exchange;

/** The import wizard's steps for one file, in the order they come. A CSV file goes from its mapping to the review. */
public enum ImportStep {
    FILE,
    CSV_MAPPING,
    ACCOUNTS,
    REVIEW,
    IMPORTING,
    RESULT
}
