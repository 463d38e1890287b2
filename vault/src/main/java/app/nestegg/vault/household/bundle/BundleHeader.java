package app.nestegg.vault.household.bundle;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;

/**
 * What a bundle says about itself in clear, before its signature or content is looked at: which bundle, whose, from
 * which schema, when, the hybrid-logical-clock range of its entries and how many there are. Written as
 * {@link #ENCODED_LENGTH} bytes (ADR 0031).
 */
public record BundleHeader(
        UUID bundleId,
        UUID authorId,
        int schemaVersion,
        Instant createdAt,
        long firstHlc,
        long lastHlc,
        int entryCount) {

    /** The most entries one bundle may hold; a reader never trusts a larger count. */
    public static final int MAX_ENTRIES = 10_000_000;

    static final int ENCODED_LENGTH = 64;

    public BundleHeader {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("A schema version starts at 1, not " + schemaVersion);
        }
        if (entryCount < 0 || entryCount > MAX_ENTRIES) {
            throw new IllegalArgumentException("A bundle holds 0 to " + MAX_ENTRIES + " entries, not " + entryCount);
        }
        if (entryCount == 0 ? firstHlc != 0 || lastHlc != 0 : firstHlc < 0 || firstHlc > lastHlc) {
            throw new IllegalArgumentException(
                    "The clock range " + firstHlc + " to " + lastHlc + " does not fit " + entryCount + " entries");
        }
    }

    byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(ENCODED_LENGTH);
        out.putLong(bundleId.getMostSignificantBits()).putLong(bundleId.getLeastSignificantBits());
        out.putLong(authorId.getMostSignificantBits()).putLong(authorId.getLeastSignificantBits());
        out.putInt(schemaVersion);
        out.putLong(createdAt.toEpochMilli());
        out.putLong(firstHlc).putLong(lastHlc);
        out.putInt(entryCount);
        return out.array();
    }

    /** @throws IllegalArgumentException when the bytes do not make a valid header */
    static BundleHeader decode(byte[] bytes) {
        if (bytes.length != ENCODED_LENGTH) {
            throw new IllegalArgumentException(
                    "a header of format 1 has " + ENCODED_LENGTH + " bytes, not " + bytes.length);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        return new BundleHeader(
                new UUID(in.getLong(), in.getLong()),
                new UUID(in.getLong(), in.getLong()),
                in.getInt(),
                Instant.ofEpochMilli(in.getLong()),
                in.getLong(),
                in.getLong(),
                in.getInt());
    }
}
