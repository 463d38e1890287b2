package app.nestegg.desktop.journeys;

import app.nestegg.desktop.TestVaults;
import app.nestegg.desktop.UiJourney;
import app.nestegg.vault.VaultSession;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.SampleHousehold;
import app.nestegg.vault.ledger.SampleProgress;
import app.nestegg.vault.ledger.SampleSpec;
import app.nestegg.vault.ledger.goals.GoalDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the tour that takes the README's screenshots (dashboard, budget and reports, light and dark) of the window
 * with the sample household, headless. Surefire's name patterns leave it out of {@code verify}; {@code
 * scripts/screenshots} runs it and writes to {@code docs/screenshots}.
 */
class ScreenshotTour extends UiJourney {

    private static final double HEIGHT = 1_300;
    private static final Path OUT = Path.of(System.getProperty("screenshots.dir", "../docs/screenshots"));

    @Override
    protected void before() {
        // The pages use the system clock; the vault's clock stands there too, so the sample ends today for both.
        vaults.clock().set(java.time.Instant.now());
        VaultSession session = vaults.create();
        Ledger ledger = session.ledger();
        LocalDate today = LocalDate.now();
        SampleHousehold.generate(ledger, new SampleSpec(20_260_301L, 3_000, 2, today), SampleProgress.NONE);
        ledger.budgets().fromAverage(YearMonth.from(today), 3);
        Currency usd = Currency.getInstance("USD");
        Account savings = ledger.accounts().list().stream()
                .filter(a -> a.name().equals("Rainy Day Savings"))
                .findFirst()
                .orElseThrow();
        ledger.goals()
                .add(GoalDraft.linked(
                        "Emergency fund", new BigDecimal("30000"), usd, today.plusYears(2), List.of(savings.id())));
        var trip = ledger.goals()
                .add(GoalDraft.contributions("Summer trip", new BigDecimal("4000"), usd, today.plusMonths(7)));
        ledger.goals().contribute(trip.id(), today.minusMonths(2), new BigDecimal("900"), "");
        ledger.goals().contribute(trip.id(), today.minusMonths(1), new BigDecimal("700"), "");
        session.lock();
    }

    @Test
    void takeTheScreenshots() throws IOException {
        Files.createDirectories(OUT);
        waitForEnabled("#passphrase");
        type("#passphrase", TestVaults.PASSPHRASE);
        robot.clickOn("#unlockButton");
        waitForVisible("#page-dashboard");
        // Tall enough that each page shows whole, below the fold included.
        robot.interact(() -> robot.window(0).setHeight(HEIGHT));
        for (String theme : List.of("light", "dark")) {
            openPage("dashboard");
            waitForText("#dashboardNetWorth", text -> !text.isEmpty());
            waitForText("#largeTransactions", text -> !text.isEmpty());
            save("dashboard-" + theme);
            openPage("budgets");
            waitForText("#toBudget", text -> !text.isEmpty());
            save("budget-" + theme);
            openPage("reports");
            waitForText("#reportTotal", text -> !text.isEmpty());
            save("reports-" + theme);
            robot.clickOn("#themeToggle");
        }
    }

    private void save(String name) {
        robot.sleep(600); // charts lay out on the next pulses
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        try {
            ImageIO.write(
                    SwingFXUtils.fromFXImage(image[0], null),
                    "png",
                    OUT.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
