package app.nestegg.vault.household.merge;

import java.util.Comparator;
import java.util.UUID;

/**
 * When and by whom an entry was written: the order last-writer-wins uses. Clock time first, then member id, then the
 * entry's own id, so two different entries never compare equal.
 */
record Stamp(long hlc, UUID member, UUID entry) implements Comparable<Stamp> {

    private static final Comparator<Stamp> ORDER =
            Comparator.comparingLong(Stamp::hlc).thenComparing(Stamp::member).thenComparing(Stamp::entry);

    @Override
    public int compareTo(Stamp other) {
        return ORDER.compare(this, other);
    }

    boolean after(Stamp other) {
        return other == null || compareTo(other) > 0;
    }
}
