package app.nestegg.vault.jobs;

/** How one attempt at a job's planned run ended. */
public enum JobOutcome {
    /** Started and not yet ended; found at the next unlock, it means the app stopped during the attempt. */
    RUNNING,
    /** The job's work committed. */
    SUCCEEDED,
    /** The job failed, or stopped at the soft time limit before its work was whole. */
    FAILED,
    /** The job ran past the hard time limit and was left behind. */
    TIMED_OUT,
    /** The app stopped during the attempt (found RUNNING at the next unlock). */
    ABANDONED;

    /** Whether the attempt is over and did not succeed. */
    public boolean failed() {
        return this == FAILED || this == TIMED_OUT || this == ABANDONED;
    }
}
