package app.nestegg.vault.household.sync;

import app.nestegg.vault.household.bundle.BundleHeader;
import java.nio.file.Path;
import java.util.Optional;

/** A bundle written to {@code file}, or no header when there was nothing new to write (the file is then untouched). */
public record ExportedBundle(Path file, Optional<BundleHeader> header) {

    public boolean written() {
        return header.isPresent();
    }

    public int entries() {
        return header.map(BundleHeader::entryCount).orElse(0);
    }
}
