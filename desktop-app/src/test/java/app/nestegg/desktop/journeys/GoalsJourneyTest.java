package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.ledger.goals.GoalLine;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/** Adds a goal on the goals page, contributes to it and sees its progress change. */
class GoalsJourneyTest extends UiJourney {

    @Override
    protected void before() {
        vaults.create().lock();
    }

    @Test
    void addAGoalContributeAndSeeTheProgress() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("goals");
        waitForVisible("#goalName");

        type("#goalName", "Bicycle");
        type("#goalTarget", "800");
        robot.clickOn("#saveGoal");
        waitForText("#goalsStatus", "Goal ‘Bicycle’ saved"::equals);
        assertThat(goalList().getItems())
                .singleElement()
                .satisfies(line -> assertThat(line.fraction()).isZero());

        robot.interact(() -> goalList().getSelectionModel().select(0));
        type("#contributionAmount", "200");
        robot.clickOn("#contribute");
        waitForText("#goalsStatus", text -> text.startsWith("$200.00 added"));

        GoalLine line = goalList().getItems().getFirst();
        assertThat(line.fraction()).isEqualByComparingTo("0.25");
        assertThat(line.savedOfTarget()).isEqualTo("$200.00 of $800.00 (25 %)");
    }

    private ListView<GoalLine> goalList() {
        return node("#goalList");
    }
}
