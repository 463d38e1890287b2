package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.BundleEntry;
import java.util.List;

/** A bundle that passed every check: its header and its author's entries, in the order they were written. */
public record Bundle(BundleHeader header, List<BundleEntry> entries) {

    public Bundle {
        entries = List.copyOf(entries);
    }
}
