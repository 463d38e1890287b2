package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.vault.SecondFactor;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.diagnostics.LedgerDamage;
import app.nestegg.vault.ledger.SampleHousehold;
import app.nestegg.vault.ledger.SampleProgress;
import app.nestegg.vault.ledger.SampleSpec;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Diagnostics page: a healthy sample vault, then one whose stored month total was changed behind the app. */
class DiagnosticsJourneyTest extends UiJourney {

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        SampleHousehold.generate(
                session.ledger(), new SampleSpec(3, 120, 1, LocalDate.of(2026, 2, 28)), SampleProgress.NONE);
        session.lock();
    }

    @Test
    void showsAHealthyReportWithItsFactsAndCounters() {
        openDiagnostics();

        waitForText("#diagnosticsVerdict", text -> text.equals("All is well: no problems found."));
        assertThat(text(node("#diagnosticsProblems"))).isEmpty();
        assertThat(text(node("#diagnosticsFacts"))).contains("Schema", "version 21", "Free space", "JavaFX");
        assertThat(text(node("#diagnosticsCounters"))).contains("Last unlock: ");
    }

    @Test
    void showsTheProblemWithItsRowIdsAndChecksAgain() {
        UUID brokenAccount = breakOneMonthTotal();
        openDiagnostics();

        waitForText("#diagnosticsVerdict", text -> text.equals("Problems found: 1"));
        assertThat(text(node("#diagnosticsProblems")))
                .contains("Balance total differs from its transactions in account_month_total [" + brokenAccount + "]");

        robot.clickOn("#checkAgain");
        waitForText("#diagnosticsVerdict", text -> text.startsWith("Problems found: "));
        waitForEnabled("#copyReport");
    }

    /** Adds one cent to one stored month total, as a change made outside the app would, while the vault is locked. */
    private UUID breakOneMonthTotal() {
        VaultSession session = vaults.service()
                .unlock(vaults.folder(), TestVaults.PASSPHRASE.toCharArray())
                .complete(SecondFactor.none());
        try {
            return LedgerDamage.addToOneAccountMonthTotal(session.database(), 1);
        } finally {
            session.lock();
        }
    }

    private void openDiagnostics() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("diagnostics");
        waitForVisible("#diagnostics");
    }
}
