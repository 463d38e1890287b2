package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One security held in one account on a day. The price and market value are in the security's currency; the cost
 * basis, the value converted at the day's rate and the gains are in the account's currency. Unrealised gain is the
 * converted value less the cost basis of the open lots; realised gain is what sales brought in above the cost of the
 * lots they took (first in, first out); income is the dividends, reinvested or paid out.
 */
public record Holding(
        Security security,
        BigDecimal quantity,
        List<Lot> lots,
        Money costBasis,
        Optional<BigDecimal> price,
        Optional<LocalDate> priceDate,
        Money marketValue,
        Money marketValueInAccount,
        Money unrealisedGain,
        Money realisedGain,
        Money income) {

    public Holding {
        lots = List.copyOf(lots);
    }

    /** Whether shares are still held; a holding sold off entirely still shows what it realised. */
    public boolean isOpen() {
        return quantity.signum() > 0;
    }
}
