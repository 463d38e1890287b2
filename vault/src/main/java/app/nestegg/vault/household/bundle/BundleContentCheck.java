package app.nestegg.vault.household.bundle;

import app.nestegg.vault.household.BundleEntry;
import app.nestegg.vault.household.bundle.BundleRejectedException.Reason;
import app.nestegg.vault.household.bundle.PayloadReader.Payload;
import app.nestegg.vault.store.HybridClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The checks on a bundle's decrypted content, in order: it matches its signed header, every entry is the author's,
 * and no entry is stamped more than {@link BundleReader#MAX_DRIFT} after the reader's clock.
 */
final class BundleContentCheck {

    private final Path file;
    private final BundleHeader header;
    private final Clock clock;

    BundleContentCheck(Path file, BundleHeader header, Clock clock) {
        this.file = file;
        this.header = header;
        this.clock = clock;
    }

    void check(Payload payload) {
        matchesHeader(payload);
        allByAuthor(payload);
        notAheadOfClock();
    }

    private void matchesHeader(Payload payload) {
        if (payload.moreThanExpected()) {
            throw mismatch("it holds more entries than the " + header.entryCount() + " its header announces");
        }
        if (!payload.bundleId().equals(header.bundleId())) {
            throw mismatch("its content is of bundle " + payload.bundleId() + ", its header names bundle "
                    + header.bundleId());
        }
        if (!payload.authorId().equals(header.authorId())) {
            throw mismatch("its content names the author " + payload.authorId() + ", its header the author "
                    + header.authorId());
        }
        if (payload.entries().size() != header.entryCount()) {
            throw mismatch("it holds " + payload.entries().size() + " entries and its header announces "
                    + header.entryCount());
        }
        long first =
                payload.entries().stream().mapToLong(BundleEntry::hlc).min().orElse(0);
        long last = payload.entries().stream().mapToLong(BundleEntry::hlc).max().orElse(0);
        if (first != header.firstHlc() || last != header.lastHlc()) {
            throw mismatch("its entries are stamped from " + first + " to " + last + " and its header says "
                    + header.firstHlc() + " to " + header.lastHlc());
        }
    }

    private void allByAuthor(Payload payload) {
        for (BundleEntry entry : payload.entries()) {
            if (!entry.memberId().equals(header.authorId())) {
                throw new BundleRejectedException(
                        Reason.FOREIGN_ENTRY,
                        file,
                        "its entry " + entry.id() + " was made by member " + entry.memberId() + ", not by its author "
                                + header.authorId());
            }
        }
    }

    /** The header's last time is the newest entry's, as {@link #matchesHeader} made sure. */
    private void notAheadOfClock() {
        if (header.entryCount() == 0) {
            return;
        }
        Duration ahead = Duration.ofMillis(HybridClock.millisOf(header.lastHlc()) - clock.millis());
        if (ahead.compareTo(BundleReader.MAX_DRIFT) > 0) {
            throw new BundleRejectedException(
                    Reason.CLOCK_DRIFT,
                    file,
                    "its newest entry is stamped " + describe(ahead) + " after this computer's clock, more than the "
                            + BundleReader.MAX_DRIFT.toMinutes() + " minutes allowed: check the date and time on"
                            + " the author's computer and on this one");
        }
    }

    private BundleRejectedException mismatch(String problem) {
        return new BundleRejectedException(Reason.HEADER_MISMATCH, file, problem);
    }

    static String describe(Duration duration) {
        if (duration.toHours() > 0) {
            return duration.toHours() + " h " + duration.toMinutesPart() + " min";
        }
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
}
