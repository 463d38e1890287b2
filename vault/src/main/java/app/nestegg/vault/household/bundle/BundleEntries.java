package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.BundleEntry;
import java.io.IOException;
import java.util.List;

/** The entries of a bundle as they are written: handed to the writer one by one, so none need be held. */
@FunctionalInterface
public interface BundleEntries {

    void writeTo(EntryWriter out) throws IOException;

    static BundleEntries of(List<BundleEntry> entries) {
        return out -> {
            for (BundleEntry entry : entries) {
                out.write(entry);
            }
        };
    }
}
