package app.nestegg.sync.teller;

import java.math.BigDecimal;

/**
 * The one place Teller's money becomes the ledger's. Teller sends amounts as decimal strings. On depository accounts
 * its sign is already the ledger's (money out negative); on credit accounts it is reversed: a purchase is positive and
 * a payment negative, and the ledger balance is the amount owed, so both are negated.
 */
final class TellerAmounts {

    private TellerAmounts() {}

    /** A transaction amount in the ledger's sign: money into the account positive. */
    static BigDecimal transaction(String amount, boolean credit) {
        BigDecimal value = parse(amount, "amount");
        return credit ? value.negate() : value;
    }

    /** The ledger balance in the ledger's sign: on a credit account, what is owed becomes negative. */
    static BigDecimal ledgerBalance(String ledger, boolean credit) {
        if (ledger == null) {
            return null;
        }
        BigDecimal value = parse(ledger, "ledger");
        return credit ? value.negate() : value;
    }

    /** The available amount as sent: spendable money, or on a credit account the credit still free to use. */
    static BigDecimal availableBalance(String available) {
        return available == null ? null : parse(available, "available");
    }

    /**
     * A Teller decimal string as a number.
     *
     * @throws IllegalArgumentException naming the field when the text is not a plain decimal
     */
    static BigDecimal parse(String text, String field) {
        if (text == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not a decimal number: '" + text + "'");
        }
    }
}
