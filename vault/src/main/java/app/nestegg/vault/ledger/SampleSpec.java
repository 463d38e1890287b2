package app.nestegg.vault.ledger;

import java.time.LocalDate;

/**
 * What sample household to build: how many transaction rows (both sides of a transfer count), over how many years
 * ending on which day, from which seed. The same spec always gives the same household.
 */
public record SampleSpec(long seed, int transactions, int years, LocalDate end) {

    public static final int MAX_TRANSACTIONS = 10_000_000;

    public SampleSpec {
        if (transactions < 1 || transactions > MAX_TRANSACTIONS) {
            throw new LedgerInputException(
                    "transactions", "Ask for 1 to " + MAX_TRANSACTIONS + " sample transactions, not " + transactions);
        }
        if (years < 1 || years > 50) {
            throw new LedgerInputException("years", "Sample data spans 1 to 50 years, not " + years);
        }
        LedgerText.date(end, "end date");
        LedgerText.date(end.minusYears(years), "start date");
    }
}
