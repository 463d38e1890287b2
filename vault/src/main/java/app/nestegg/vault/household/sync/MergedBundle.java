package app.nestegg.vault.household.sync;

import app.nestegg.vault.household.bundle.BundleHeader;
import app.nestegg.vault.household.merge.MergeResult;
import java.nio.file.Path;
import java.util.Optional;

/** A bundle that passed every check, and what merging it did; no result when it was this vault's own bundle. */
public record MergedBundle(Path file, BundleHeader header, Optional<MergeResult> result) {

    public boolean own() {
        return result.isEmpty();
    }
}
