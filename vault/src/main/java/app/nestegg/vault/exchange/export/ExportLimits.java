package app.nestegg.vault.exchange.export;

/**
 * What a reader accepts before it gives up on a file, so a zip bomb or a costly passphrase stanza cannot exhaust the
 * machine.
 *
 * @param maxTotalBytes the uncompressed bytes of all entries together, counted as they are read
 * @param maxEntries how many entries the zip may hold
 * @param maxWorkFactor the highest scrypt work factor (log2 N) an encrypted export may ask for
 */
public record ExportLimits(long maxTotalBytes, int maxEntries, int maxWorkFactor) {

    /** 4 GiB, far above the export of a ledger of a million transactions; 64 entries; age's own limit of 22. */
    public static final ExportLimits DEFAULT = new ExportLimits(4L << 30, 64, ScryptStanza.MAX_WORK_FACTOR);

    public ExportLimits {
        if (maxTotalBytes < 1 || maxEntries < 1 || maxWorkFactor < 1 || maxWorkFactor > ScryptStanza.MAX_WORK_FACTOR) {
            throw new IllegalArgumentException(
                    "Export limits must be positive, the work factor at most " + ScryptStanza.MAX_WORK_FACTOR);
        }
    }
}
