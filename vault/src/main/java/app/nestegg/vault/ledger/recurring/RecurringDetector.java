package app.nestegg.vault.ledger.recurring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds recurring series in past ledger rows, with no storage: rows are grouped by account and {@link PayeeKey}, each
 * group is split into like amounts ({@link AmountClusters}), and a group of at least three is a series when its days
 * follow one cadence ({@link CadenceFit}) and it is still alive: today is no later than its next expected day plus the
 * cadence's grace. The rules and their measured precision and recall are in docs/decisions/0027.
 */
public final class RecurringDetector {

    public static final int MIN_OCCURRENCES = 3;

    /** Each of the latest this many occurrences is tried as the anchor; older ones would only slow the search. */
    private static final int ANCHORS_TRIED = 12;

    /** When fits tie, the cadence listed first wins: a run of month ends is "last day" rather than "the 31st". */
    private static final List<Cadence> MONTH_PREFERENCE =
            List.of(Cadence.MONTHLY_LAST_DAY, Cadence.MONTHLY, Cadence.MONTHLY_WEEKDAY);

    public List<DetectedSeries> detect(List<PastEntry> entries, LocalDate today) {
        Map<String, List<PastEntry>> groups = new LinkedHashMap<>();
        for (PastEntry entry : entries) {
            groups.computeIfAbsent(entry.accountId() + "|" + PayeeKey.of(entry.payee()), k -> new ArrayList<>())
                    .add(entry);
        }
        List<DetectedSeries> found = new ArrayList<>();
        for (List<PastEntry> group : groups.values()) {
            for (List<PastEntry> cluster : AmountClusters.of(group)) {
                if (cluster.size() >= MIN_OCCURRENCES) {
                    series(cluster, today).ifPresent(found::add);
                }
            }
        }
        found.sort(Comparator.comparing(DetectedSeries::nextDate).thenComparing(DetectedSeries::payeeKey));
        return found;
    }

    private static Optional<DetectedSeries> series(List<PastEntry> cluster, LocalDate today) {
        List<PastEntry> byDate =
                cluster.stream().sorted(Comparator.comparing(PastEntry::date)).toList();
        List<LocalDate> days = byDate.stream().map(PastEntry::date).toList();
        Optional<CadenceFit> best = Optional.empty();
        for (Cadence cadence : candidates(medianGap(days))) {
            for (LocalDate anchor : days.subList(Math.max(0, days.size() - ANCHORS_TRIED), days.size())) {
                Optional<CadenceFit> fit = CadenceFit.of(new Recurrence(cadence, anchor), days);
                if (fit.isPresent() && (best.isEmpty() || fit.get().betterThan(best.get()))) {
                    best = fit;
                }
            }
        }
        return best.filter(fit -> !today.isAfter(
                        fit.next().plusDays(fit.recurrence().cadence().graceDays())))
                .map(fit -> toSeries(byDate, fit));
    }

    private static DetectedSeries toSeries(List<PastEntry> byDate, CadenceFit fit) {
        PastEntry latest = byDate.getLast();
        long[] amounts = byDate.stream().mapToLong(PastEntry::amount).sorted().toArray();
        return new DetectedSeries(
                latest.accountId(),
                latest.payee(),
                PayeeKey.of(latest.payee()),
                fit.recurrence(),
                amounts[amounts.length / 2],
                fit.next(),
                latest.amount(),
                byDate.stream().map(PastEntry::date).toList());
    }

    private static long medianGap(List<LocalDate> days) {
        long[] gaps = new long[days.size() - 1];
        for (int i = 1; i < days.size(); i++) {
            gaps[i - 1] = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
        }
        Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    /** The cadences a median gap between occurrences can belong to, most preferred first. */
    private static List<Cadence> candidates(long gap) {
        if (gap >= 5 && gap <= 9) {
            return List.of(Cadence.WEEKLY);
        }
        if (gap >= 11 && gap <= 17) {
            return List.of(Cadence.BIWEEKLY);
        }
        if (gap >= 25 && gap <= 36) {
            return MONTH_PREFERENCE;
        }
        if (gap >= 80 && gap <= 100) {
            return List.of(Cadence.QUARTERLY);
        }
        if (gap >= 340 && gap <= 390) {
            return List.of(Cadence.YEARLY);
        }
        return List.of();
    }
}
