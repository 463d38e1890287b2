package app.nestegg.desktop.ledger.accounts;

import app.nestegg.vault.ledger.Ledger;
import java.time.LocalDate;

/** The "Try with sample data" household: a fixed seed, a year of transactions up to today. */
final class SampleData {

    static final long SEED = 20_260_301L;
    static final int TRANSACTIONS = 2_000;

    private SampleData() {}

    /** Blocks on the database. */
    static void generate(Ledger ledger, LocalDate endDate) {
        throw new UnsupportedOperationException("The sample household is not available yet");
    }
}
