package app.nestegg.desktop.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.desktop.shell.ShellView;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Drops a CSV file on the window, chooses its account, checks the detected columns in the preview, reviews the rows,
 * imports them and sees the account's balance change.
 */
class ImportWizardJourneyTest extends UiJourney {

    private Path csv;

    @Override
    protected void before() {
        VaultSession session = vaults.create();
        session.ledger()
                .accounts()
                .add(AccountDraft.of("Everyday", AccountType.CHECKING, Currency.getInstance("USD"), BigDecimal.ZERO)
                        .withOpeningDate(LocalDate.of(2020, 1, 1)));
        session.lock();
        try (InputStream sample = getClass().getResourceAsStream("/import/checking-us.csv")) {
            csv = root.resolve("checking-us.csv");
            Files.copy(sample, csv);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importACsvFileDroppedOnTheWindow() {
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#navigation");
        openPage("accounts");
        waitForVisible("#importButton");

        robot.interact(() -> this.<ShellView>node("#shell").filesDropped(List.of(csv)));
        waitForText("#fileSummary", "CSV file, 6 lines"::equals);
        robot.clickOn("#importNext");

        waitForVisible("#csvAccount");
        ComboBox<Account> account = node("#csvAccount");
        robot.interact(() -> account.setValue(account.getItems().getFirst()));
        waitForEnabled("#importNext");
        TableView<?> preview = node("#csvPreview");
        assertThat(preview.getItems()).hasSize(5);
        robot.clickOn("#importNext");

        waitForText("#reviewCounts", "5 new, no duplicates; 5 to import"::equals);
        robot.clickOn("#reviewTable").type(KeyCode.HOME);
        robot.clickOn("#importNext");

        waitForText("#importResult", "5 transactions imported, 0 skipped"::equals);
        robot.clickOn("#importNext");
        waitForText(".account-link", "Everyday"::equals);
        assertThat(isShown("#importWizard")).isFalse();
        waitForVisible(".label");
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                        .map(javafx.scene.control.Label::getText))
                .contains("$647.58");
    }
}
