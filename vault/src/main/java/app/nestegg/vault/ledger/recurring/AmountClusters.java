package app.nestegg.vault.ledger.recurring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits one payee's entries into groups of like amounts: money in and money out apart, and within each, amounts
 * sorted by size and cut where the next one lies more than 20 % (or 2.00 for small bills, whichever is more) above the
 * group's smallest. A group thus spans about ±10 % around its middle, enough for a utility bill's wobble and a price
 * rise of a few percent.
 */
final class AmountClusters {

    /** The widest absolute span, in minor units, below which the percentage is not applied. */
    static final long SMALL_BILL_SPAN = 200;

    static final int SPAN_PERCENT = 20;

    private AmountClusters() {}

    static List<List<PastEntry>> of(List<PastEntry> entries) {
        List<List<PastEntry>> clusters = new ArrayList<>();
        clusters.addAll(cut(entries.stream().filter(e -> e.amount() < 0).toList()));
        clusters.addAll(cut(entries.stream().filter(e -> e.amount() > 0).toList()));
        return clusters;
    }

    private static List<List<PastEntry>> cut(List<PastEntry> sameSign) {
        List<PastEntry> sorted = sameSign.stream()
                .sorted(Comparator.comparingLong((PastEntry e) -> Math.abs(e.amount())))
                .toList();
        List<List<PastEntry>> clusters = new ArrayList<>();
        List<PastEntry> current = new ArrayList<>();
        long smallest = 0;
        for (PastEntry entry : sorted) {
            long size = Math.abs(entry.amount());
            if (!current.isEmpty() && size - smallest > span(smallest)) {
                clusters.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                smallest = size;
            }
            current.add(entry);
        }
        if (!current.isEmpty()) {
            clusters.add(current);
        }
        return clusters;
    }

    private static long span(long smallest) {
        return Math.max(SMALL_BILL_SPAN, smallest * SPAN_PERCENT / 100);
    }
}
