package app.nestegg.sync.jobs;

/**
 * A piece of scheduled work. A run must be idempotent: the scheduler records success only after the work committed, so
 * a run cut short (a crash, the hard time limit) runs again and must then change nothing it already did.
 */
public interface Job {

    /** A short stable name: the key of its records and of {@code nest-egg jobs run NAME}. */
    String name();

    Schedule schedule();

    /** Whether the job runs before the person switched it on or off. */
    default boolean enabledByDefault() {
        return true;
    }

    /**
     * Does the work of one planned run. Returning means the work committed; throwing means it did not (or only
     * partly, when {@link JobContext#checkStop()} stopped it) and the run is tried again later.
     */
    void run(JobContext context) throws Exception;
}
