package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.exchange.data.BackupRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Unlocks (which takes the daily backup), opens Settings → Data and backs up by hand: a manual row appears. */
class DataSettingsJourneyTest extends UiJourney {

    @Override
    protected void before() {
        vaults.create().lock();
    }

    @Test
    void backUpNowAddsARowToTheBackupsTable() {
        unlockAndOpenSettingsTab("dataTab");
        waitForEnabled("#backUpNow");
        TableView<BackupRow> table = node("#backupTable");
        waitForRows(table, 1);
        assertThat(table.getItems().getFirst().kind()).isEqualTo("daily");

        robot.clickOn("#backUpNow");

        waitForText("#backupStatus", text -> text.startsWith("Backed up as"));
        waitForRows(table, 2);
        assertThat(table.getItems()).extracting(BackupRow::kind).contains("manual", "daily");
    }

    private static void waitForRows(TableView<BackupRow> table, int rows) {
        try {
            WaitForAsyncUtils.waitFor(
                    30,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> table.getItems().size() == rows);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Expected " + rows + " backups, saw " + table.getItems());
        }
    }
}
