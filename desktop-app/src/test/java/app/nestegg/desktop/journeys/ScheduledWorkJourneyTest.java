package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.UiJourney;
import org.junit.jupiter.api.Test;

/** Settings → Scheduled work: the jobs ran on unlock, and "Run now" runs one again. */
class ScheduledWorkJourneyTest extends UiJourney {

    @Override
    protected void before() {
        vaults.create().lock();
    }

    @Test
    void theJobsRanOnUnlockAndRunNowRunsOneAgain() {
        unlockAndOpenSettingsTab("scheduledWorkTab");
        waitForVisible("#job-net-worth-snapshot");
        waitForText("#job-bank-sync", text -> text.contains("Every 6 hours"));
        assertThat(text(node("#job-net-worth-snapshot"))).contains("Net-worth snapshot", "Daily at 00:05");

        robot.clickOn("#runNow-net-worth-snapshot");

        waitForText("#jobsStatus", text -> text.equals("Net-worth snapshot ran."));
        waitForText("#job-net-worth-snapshot", text -> text.contains(", done"));
    }
}
