package app.nestegg.desktop.ledger.accounts;

import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.SampleHousehold;
import app.nestegg.vault.ledger.SampleProgress;
import app.nestegg.vault.ledger.SampleSpec;
import java.time.LocalDate;

/** The "Try with sample data" household: a fixed seed, two years of transactions up to today. */
final class SampleData {

    static final long SEED = 20_260_301L;
    static final int TRANSACTIONS = 3_000;
    static final int YEARS = 2;

    private SampleData() {}

    /** Blocks on the database. */
    static void generate(Ledger ledger, LocalDate endDate) {
        SampleHousehold.generate(ledger, new SampleSpec(SEED, TRANSACTIONS, YEARS, endDate), SampleProgress.NONE);
    }
}
