package app.nestegg.cli;

/**
 * The writing commands the crash harness kills, each with the start of the line it prints once its work is done: a
 * process killed after printing it (or one that ended with exit code 0) must have left the work in the vault.
 */
enum CrashOperation {
    // the count is formatted for the locale ("3,000"): the line itself comes only after the commit
    IMPORT(" -> " + CrashFixture.IMPORTED + ": imported "),
    SYNC("Status: active"),
    MERGE("Merged a bundle from"),
    BUDGET("Budget of " + CrashFixture.CATEGORY + " for " + CrashFixture.MONTH),
    PASSWD("The passphrase is changed."),
    BACKUP("Backup written: ");

    final String successLine;

    CrashOperation(String successLine) {
        this.successLine = successLine;
    }
}
