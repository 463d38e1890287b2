package app.nestegg.desktop.jobs;

/**
 * One job as Settings → Scheduled work shows it, every field already in words.
 *
 * @param name the job's key, for "Run now" and the switch
 * @param title what the job is called on screen
 * @param lastRun when it last ran and how that ended, or that it never ran
 * @param error why the last attempt failed, or empty
 */
public record JobRow(
        String name, String title, String schedule, boolean enabled, String lastRun, String nextRun, String error) {}
