package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.LedgerInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One security's position in a linked account as the bank reports it, matched to a vault security. Price and cost
 * basis are in the security's currency.
 *
 * @param priceDate the day the price is from, or null for the day of the sync
 * @param costBasis what the whole position cost, or null when the bank does not say
 */
public record ReportedPosition(
        UUID securityId, BigDecimal quantity, BigDecimal price, LocalDate priceDate, BigDecimal costBasis) {

    public ReportedPosition {
        Objects.requireNonNull(securityId, "securityId");
        if (quantity != null && quantity.signum() < 0) {
            throw new LedgerInputException(
                    "quantity",
                    "The bank reports " + quantity.toPlainString() + " shares of security " + securityId
                            + "; short positions are not kept");
        }
        quantity = TradeChecks.zeroOrMore(quantity, "quantity");
        price = TradeChecks.zeroOrMore(price, "price");
        if (costBasis != null && costBasis.signum() < 0) {
            throw new LedgerInputException(
                    "costBasis", "The bank reports a negative cost basis for security " + securityId);
        }
    }
}
