package app.nestegg.sync.plaid;

import app.nestegg.sync.provider.ProviderAccountKind;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Plaid's signs turned into the ledger's, in this one place.
 *
 * <ul>
 *   <li>Transactions: Plaid's positive amount is money leaving the account (a purchase, a fee, on credit cards too); the
 *       ledger's positive is money coming in. So every transaction amount is negated, whatever the account type.
 *   <li>Balances: a depository, investment or other account's {@code current} is what it holds, kept as it is. A credit
 *       or loan account's {@code current} is the amount owed, positive; the ledger shows what is owed as negative, so it
 *       is negated. {@code available} (what can be spent or drawn) and {@code limit} stay positive for every type.
 * </ul>
 */
public final class PlaidAmounts {

    private PlaidAmounts() {}

    /** A {@code /transactions/sync} amount in the ledger's sign. */
    public static BigDecimal transaction(BigDecimal plaidAmount) {
        return plaidAmount.negate();
    }

    /** A balance's {@code current} in the ledger's sign, or null when Plaid sent none. */
    public static BigDecimal current(ProviderAccountKind kind, BigDecimal plaidCurrent) {
        if (plaidCurrent == null) {
            return null;
        }
        return owes(kind) ? plaidCurrent.negate() : plaidCurrent;
    }

    /** Whether Plaid reports this kind's {@code current} as an amount owed. */
    public static boolean owes(ProviderAccountKind kind) {
        return kind == ProviderAccountKind.CREDIT || kind == ProviderAccountKind.LOAN;
    }

    /** The account kind for Plaid's {@code type}; {@code brokerage} is the old name of {@code investment}. */
    public static ProviderAccountKind kind(String plaidType) {
        String type = plaidType == null ? "" : plaidType.strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "depository" -> ProviderAccountKind.DEPOSITORY;
            case "credit" -> ProviderAccountKind.CREDIT;
            case "loan" -> ProviderAccountKind.LOAN;
            case "investment", "brokerage" -> ProviderAccountKind.INVESTMENT;
            default -> ProviderAccountKind.OTHER;
        };
    }
}
