package app.nestegg.sync.soak;

import java.time.Duration;

/**
 * The size of a soak run: the sample household's {@code rows} transactions, then {@code days} simulated days, the
 * scheduler asked what is due every {@code step} of simulated time, a sample of heap, files and threads taken every
 * {@code sampleEveryDays} days.
 */
record SoakSpec(int rows, int days, Duration step, int sampleEveryDays) {

    /**
     * The run in the normal test suite: a small vault and four simulated weeks, long enough for the daily backups to
     * rotate and the weekly ones to start.
     */
    static final SoakSpec CI = new SoakSpec(5_000, 28, Duration.ofHours(6), 1);

    /** The long run's system properties: {@code -Dnestegg.soak.rows=1000000 -Dnestegg.soak.days=365}. */
    static final String ROWS_PROPERTY = "nestegg.soak.rows";

    static final String DAYS_PROPERTY = "nestegg.soak.days";

    SoakSpec {
        if (rows < 1 || days < 8 || sampleEveryDays < 1) {
            throw new IllegalArgumentException("a soak run needs rows, at least 8 days and a sample interval: " + rows
                    + " rows, " + days + " days, a sample every " + sampleEveryDays + " days");
        }
        if (step.isNegative() || step.isZero() || Duration.ofDays(1).toMillis() % step.toMillis() != 0) {
            throw new IllegalArgumentException("the step must divide a day, not " + step);
        }
    }

    /** The long run: 1,000,000 rows and a simulated year unless the system properties say otherwise. */
    static SoakSpec longRun() {
        return new SoakSpec(
                Integer.getInteger(ROWS_PROPERTY, 1_000_000),
                Integer.getInteger(DAYS_PROPERTY, 365),
                Duration.ofHours(6),
                1);
    }

    int stepsPerDay() {
        return (int) (Duration.ofDays(1).toMillis() / step.toMillis());
    }
}
