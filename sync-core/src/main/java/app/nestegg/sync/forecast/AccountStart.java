package app.nestegg.sync.forecast;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What an account's projection starts from: today's balance, the credit limit its bank reports (cards only), and its
 * variable spending: the outflows of the last {@code windowDays} days that were neither transfers nor payments to a
 * payee of a planned item.
 */
public record AccountStart(
        Account account, Money balance, Optional<Money> creditLimit, Money variableSpending, int windowDays) {

    public AccountStart {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(creditLimit, "creditLimit");
        Objects.requireNonNull(variableSpending, "variableSpending");
        if (windowDays < 1) {
            throw new IllegalArgumentException("the spending window has at least one day");
        }
        if (variableSpending.signum() < 0) {
            throw new IllegalArgumentException("variable spending is counted as a positive amount");
        }
    }
}
