package app.nestegg.sync.soak;

/**
 * What a soak run measured at the end of a simulated day.
 *
 * @param heapUsed bytes of heap in use just after a full collection
 * @param cacheBytes what the vault's H2 page cache holds ({@code info.CACHE_SIZE}), to tell its filling from a leak
 * @param databaseBytes the vault folder without its backups: the database, keyring, lockout and seal files
 * @param liveBytes the database's live pages, as H2 reports them: its file less the chunks it has superseded and
 *     keeps for its retention time, and less the free space between chunks
 * @param backupBytes the vault's backups folder
 * @param sharedBytes the shared household folder (Alice's and Bob's bundle files)
 * @param threads live platform threads
 * @param transactions Alice's ledger rows
 */
record SoakSample(
        int day,
        long heapUsed,
        long cacheBytes,
        long databaseBytes,
        long liveBytes,
        long backupBytes,
        int backups,
        long sharedBytes,
        int sharedFiles,
        int threads,
        long transactions) {

    static String header() {
        return "day,heap_used_mib,h2_cache_mib,database_mib,live_mib,backups_mib,backups,shared_mib,shared_files,threads,transactions";
    }

    String csv() {
        return day + "," + mib(heapUsed) + "," + mib(cacheBytes) + "," + mib(databaseBytes) + "," + mib(liveBytes) + ","
                + mib(backupBytes) + "," + backups + "," + mib(sharedBytes) + "," + sharedFiles + "," + threads + ","
                + transactions;
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }
}
