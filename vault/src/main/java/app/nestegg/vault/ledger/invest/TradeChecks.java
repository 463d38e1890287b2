package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** The checks a trade draft must pass before anything is written; each refusal names the field. */
final class TradeChecks {

    /** Quantities and prices are stored as DECIMAL(30, 10). */
    private static final int MAX_DECIMALS = 10;

    private static final BigDecimal MAX_NUMBER = BigDecimal.TEN.pow(20);

    private TradeChecks() {}

    static void investmentAccount(Account account) {
        if (account.type() != AccountType.BROKERAGE && account.type() != AccountType.RETIREMENT) {
            throw new LedgerInputException(
                    "account",
                    "Trades are recorded in brokerage or retirement accounts; '" + account.name() + "' is a "
                            + account.type().cliName() + " account");
        }
        if (account.closed()) {
            throw new LedgerInputException("account", "Account '" + account.name() + "' is closed");
        }
    }

    static TradeKind kind(TradeKind kind) {
        if (kind == null) {
            throw new LedgerInputException("kind", "The kind of trade is missing");
        }
        return kind;
    }

    /** Bank adjustments are written by bank sync only. */
    static void recordable(TradeKind kind) {
        if (kind != null && kind.isBankAdjustment()) {
            throw new LedgerInputException(
                    "kind", "A bank adjustment is made by bank sync only; record a buy or a sell instead");
        }
    }

    /** A positive number of shares (or a split ratio) with at most ten decimals. */
    static BigDecimal quantity(BigDecimal quantity, String field) {
        BigDecimal value = number(quantity, field);
        if (value.signum() <= 0) {
            throw new LedgerInputException(field, capitalised(field) + " must be greater than zero");
        }
        return value;
    }

    static BigDecimal splitRatio(BigDecimal ratio) {
        BigDecimal value = quantity(ratio, "ratio");
        if (value.compareTo(BigDecimal.ONE) == 0) {
            throw new LedgerInputException("ratio", "A split ratio of 1 changes nothing");
        }
        return value;
    }

    /** A price per share of zero or more, with at most ten decimals. */
    static BigDecimal price(BigDecimal price, String field) {
        return zeroOrMore(price, field);
    }

    /** A number of zero or more with at most ten decimals. */
    static BigDecimal zeroOrMore(BigDecimal number, String field) {
        BigDecimal value = number(number, field);
        if (value.signum() < 0) {
            throw new LedgerInputException(field, capitalised(field) + " cannot be negative");
        }
        return value;
    }

    static Money fees(BigDecimal fees, Currency currency) {
        if (fees == null) {
            return Money.zero(currency);
        }
        Money money = Money.of(fees, currency, "fees");
        if (money.signum() < 0) {
            throw new LedgerInputException("fees", "Fees cannot be negative");
        }
        return money;
    }

    static Money dividend(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new LedgerInputException("amount", "The dividend amount is missing");
        }
        Money money = Money.of(amount, currency, "amount");
        if (money.signum() <= 0) {
            throw new LedgerInputException("amount", "A dividend must be greater than zero");
        }
        return money;
    }

    /** Fees belong to buys and sells only. */
    static void noFees(BigDecimal fees, TradeKind kind) {
        if (fees != null && fees.signum() != 0) {
            throw new LedgerInputException("fees", "A " + kind.cliName() + " has no fees");
        }
    }

    private static BigDecimal number(BigDecimal value, String field) {
        if (value == null) {
            throw new LedgerInputException(field, capitalised(field) + " is missing");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            throw new LedgerInputException(
                    field, capitalised(field) + " " + value.toPlainString() + " has more than 10 decimals");
        }
        if (value.abs().compareTo(MAX_NUMBER) >= 0) {
            throw new LedgerInputException(field, capitalised(field) + " " + value.toPlainString() + " is too large");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
