package app.nestegg.benchmarks.report;

/** Where a target stands; the report lists them in this order. */
public enum Status {
    MISSED,
    NOT_MEASURED,
    MET
}
