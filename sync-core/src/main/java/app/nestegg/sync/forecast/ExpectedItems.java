package app.nestegg.sync.forecast;

import app.nestegg.vault.ledger.recurring.ExpectedItem;
import java.time.LocalDate;
import java.util.List;

/** Where the forecast's planned flows come from: scheduled transactions and recurring series. */
@FunctionalInterface
public interface ExpectedItems {

    /** The items dated after {@code after} up to and including {@code until}. */
    List<ExpectedItem> between(LocalDate after, LocalDate until);
}
