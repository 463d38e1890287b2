package app.nestegg.benchmarks.report;

/** What a target compares with its bound. */
public enum Check {
    /** The sum of the benchmarks' medians, in ms or s. */
    TIME,
    /** Items per second: the benchmark's {@code per} parameter divided by its median time. */
    RATE,
    /** The measured value divided by the baseline's: a rate when the target names {@code per}, else a time. */
    RATIO,
    /** Met when every benchmark produced a result, e.g. one that runs in a fork with a small heap. */
    COMPLETES
}
