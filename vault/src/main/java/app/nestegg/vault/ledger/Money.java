package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in minor units of an ISO 4217 currency (cents for USD, yen for JPY). Never floating point; arithmetic
 * refuses to mix currencies and to overflow.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " has no minor unit");
        }
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * Reads a decimal amount; refused when it has more decimals than the currency has minor units or does not fit.
     *
     * @param field where the amount came from, for the message
     */
    public static Money parse(String text, Currency currency, String field) {
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new LedgerInputException(field, "'" + text + "' is not an amount (use digits, '.' for decimals)");
        }
        return of(decimal, currency, field);
    }

    /** The exact amount; refused when it has more decimals than the currency has minor units or does not fit. */
    public static Money of(BigDecimal decimal, Currency currency, String field) {
        int digits = currency.getDefaultFractionDigits();
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new LedgerInputException(
                    field,
                    decimal.toPlainString() + " has too many decimals for " + currency.getCurrencyCode() + " (at most "
                            + digits + ")");
        }
        try {
            return new Money(decimal.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new LedgerInputException(field, decimal.toPlainString() + " is too large an amount");
        }
    }

    /** The amount rounded half-even to the currency's minor units, for conversions. */
    public static Money rounded(BigDecimal decimal, Currency currency) {
        return new Money(
                decimal.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN)
                        .movePointRight(currency.getDefaultFractionDigits())
                        .longValueExact(),
                currency);
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    /** The plain decimal form with the currency's decimals ("-12.50"), as in JSON output. */
    public String toPlainString() {
        return toDecimal().toPlainString();
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, same(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, same(other).minor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    public boolean isZero() {
        return minor == 0;
    }

    public int signum() {
        return Long.signum(minor);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minor, same(other).minor);
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
        return other;
    }
}
