package app.nestegg.vault.household.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The first {@link #LENGTH} bytes of every bundle, the same in every format version: the magic line, the format
 * version and the lengths of the three parts that follow (header, payload, signature). A reader can tell from them
 * alone whether the file is complete.
 */
record BundleFrame(int formatVersion, int headerLength, long payloadLength, int signatureLength) {

    static final byte[] MAGIC = "nest-egg bundle\n".getBytes(StandardCharsets.US_ASCII);
    static final int LENGTH = 32;
    static final int FORMAT_VERSION = 1;
    /** Larger than any header a format version is expected to need; guards what a reader allocates. */
    static final int MAX_HEADER_LENGTH = 4096;

    static final int MAX_SIGNATURE_LENGTH = 1024;

    static BundleFrame forVersion1(long payloadLength) {
        return new BundleFrame(FORMAT_VERSION, BundleHeader.ENCODED_LENGTH, payloadLength, BundleSignature.LENGTH);
    }

    /** True when {@code head} (fewer bytes than the magic, or more) starts as the magic does. */
    static boolean startsLikeABundle(byte[] head, int length) {
        int compared = Math.min(length, MAGIC.length);
        return Arrays.equals(head, 0, compared, MAGIC, 0, compared);
    }

    /** Reads the lengths of a frame whose magic was checked; lengths are unsigned and may be out of range. */
    static BundleFrame decode(byte[] frame) {
        ByteBuffer in = ByteBuffer.wrap(frame, MAGIC.length, LENGTH - MAGIC.length);
        return new BundleFrame(
                Short.toUnsignedInt(in.getShort()), in.getInt(), in.getLong(), Short.toUnsignedInt(in.getShort()));
    }

    byte[] encode() {
        return ByteBuffer.allocate(LENGTH)
                .put(MAGIC)
                .putShort((short) formatVersion)
                .putInt(headerLength)
                .putLong(payloadLength)
                .putShort((short) signatureLength)
                .array();
    }

    /** Whether the lengths are within what any reader accepts: header and signature small, no sum that overflows. */
    boolean lengthsInRange() {
        return headerLength >= 0
                && headerLength <= MAX_HEADER_LENGTH
                && payloadLength >= 0
                && payloadLength <= Long.MAX_VALUE / 2
                && signatureLength <= MAX_SIGNATURE_LENGTH;
    }

    long headerOffset() {
        return LENGTH;
    }

    long payloadOffset() {
        return LENGTH + (long) headerLength;
    }

    long signatureOffset() {
        return payloadOffset() + payloadLength;
    }

    /** The length of the whole file, once {@link #lengthsInRange()} holds (no overflow then). */
    long fileLength() {
        return signatureOffset() + signatureLength;
    }
}
