package app.nestegg.sync.jobs;

/**
 * Thrown by {@link JobContext#checkStop()} when the job is asked to stop: at the soft time limit or because the vault
 * locks. What the job committed before stays; the run counts as not finished and is tried again.
 */
public final class JobStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JobStopped(String reason) {
        super(reason);
    }
}
