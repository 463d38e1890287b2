package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.List;

/** An investment account's holdings on a day, their totals in the account's currency and the allocation by type. */
public record AccountHoldings(
        Account account,
        LocalDate asOf,
        List<Holding> holdings,
        Money costBasis,
        Money marketValue,
        Money unrealisedGain,
        Money realisedGain,
        Money income,
        List<AllocationSlice> allocation) {

    public AccountHoldings {
        holdings = List.copyOf(holdings);
        allocation = List.copyOf(allocation);
    }
}
