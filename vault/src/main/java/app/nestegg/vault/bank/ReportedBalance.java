package app.nestegg.vault.bank;

import app.nestegg.vault.ledger.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * What the provider last said a linked account holds, in the ledger's sign and the account's currency; kept for
 * display beside the ledger's own balance.
 *
 * @param current the balance, or null when the provider sent only the available amount
 * @param available what can be spent now, or null
 * @param limit the credit or overdraft limit, or null
 */
public record ReportedBalance(Money current, Money available, Money limit, Instant at) {

    public ReportedBalance {
        Objects.requireNonNull(at, "at");
        if (current == null && available == null) {
            throw new IllegalArgumentException("a reported balance needs a current or an available amount");
        }
    }
}
