package app.nestegg.sync.fake.plaid;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An account of a fake Item, with balances in Plaid's convention: a credit or loan account's {@code current} is the
 * amount owed, positive.
 *
 * @param type Plaid's type: depository, credit, loan, investment or other
 * @param subtype Plaid's subtype ({@code "credit card"}, with the space), or null
 */
public record FakeAccount(
        String accountId,
        String name,
        String officialName,
        String mask,
        String type,
        String subtype,
        BigDecimal current,
        BigDecimal available,
        BigDecimal limit,
        String isoCurrencyCode) {

    public FakeAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public FakeAccount withBalances(BigDecimal newCurrent, BigDecimal newAvailable, BigDecimal newLimit) {
        return new FakeAccount(
                accountId,
                name,
                officialName,
                mask,
                type,
                subtype,
                newCurrent,
                newAvailable,
                newLimit,
                isoCurrencyCode);
    }

    public boolean investment() {
        return type.equals("investment") || type.equals("brokerage");
    }
}
