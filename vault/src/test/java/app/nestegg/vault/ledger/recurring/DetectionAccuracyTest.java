package app.nestegg.vault.ledger.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import app.nestegg.vault.ledger.recurring.GeneratedLedger.Truth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Precision and recall of recurring detection over generated ledgers with known series and noise, summed over twenty
 * seeds. A found series counts as right when its account, payee and cadence are those of a known live series. The
 * figures are reported with the test and recorded in docs/decisions/0027.
 */
class DetectionAccuracyTest {

    static final int SEEDS = 20;

    @Test
    void findsKnownSeriesWithPrecisionAndRecallOfAtLeastNinetyFivePercent(TestReporter reporter) {
        int truePositives = 0;
        int found = 0;
        int known = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            GeneratedLedger ledger = new GeneratedLedger(seed);
            List<DetectedSeries> detected = new RecurringDetector().detect(ledger.entries, GeneratedLedger.TODAY);
            Set<Truth> seen = new HashSet<>();
            for (DetectedSeries series : detected) {
                seen.add(new Truth(series.accountId(), series.payeeKey(), series.cadence()));
            }
            found += detected.size();
            known += ledger.truths.size();
            seen.retainAll(ledger.truths);
            truePositives += seen.size();
        }
        double precision = (double) truePositives / found;
        double recall = (double) truePositives / known;
        reporter.publishEntry(
                "recurring detection",
                String.format(
                        Locale.ROOT,
                        "%d seeds: %d known series, %d found, %d right; precision %.3f, recall %.3f",
                        SEEDS,
                        known,
                        found,
                        truePositives,
                        precision,
                        recall));

        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.95);
    }
}
