package app.nestegg.sync.jobs;

import app.nestegg.vault.household.sync.FolderRound;
import app.nestegg.vault.household.sync.SharedFolder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared-folder household sync every 5 minutes: writes this member's new changes to the folder and merges the other
 * members' new bundles. Does nothing while no folder is set. The desktop also runs a round when the folder's files
 * change; this run is what catches up when the watching missed something (a network drive, a laptop asleep).
 */
public final class HouseholdFolderJob implements Job {

    public static final String NAME = "household-folder";

    private static final Logger LOG = LoggerFactory.getLogger(HouseholdFolderJob.class);
    private static final Schedule EVERY_5_MINUTES = new Schedule.Every(Duration.ofMinutes(5));

    private final SharedFolder folder;

    public HouseholdFolderJob(SharedFolder folder) {
        this.folder = folder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return EVERY_5_MINUTES;
    }

    @Override
    public void run(JobContext context) {
        if (folder.folder().isEmpty()) {
            return;
        }
        FolderRound round = folder.run();
        LOG.info(
                "Shared folder: {} entries written, {} bundles merged, {} waiting, {} refused",
                round.written().map(w -> w.entries()).orElse(0),
                round.merged().size(),
                round.waiting().size(),
                round.refused().size());
    }
}
