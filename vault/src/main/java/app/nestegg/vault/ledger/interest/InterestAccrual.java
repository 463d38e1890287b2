package app.nestegg.vault.ledger.interest;

import app.nestegg.vault.ledger.AccountType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The day-count arithmetic of interest (docs/decisions/0028-prices-interest-and-cleanup-jobs.md): actual/365, each day
 * on the balance at the end of that day, the exact fraction kept, and one rounding (half-even, to the minor unit) when
 * the month is posted. A savings account earns on the days its balance is above zero; a loan is charged on the days it
 * is owed (below zero), so the charge makes it owe more.
 */
final class InterestAccrual {

    /** Every year counts 365 days, a leap year too (actual/365 fixed). */
    static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InterestAccrual() {}

    /**
     * One day's interest in minor units, exact: positive is earned, negative is charged.
     *
     * @param annualPercent the yearly rate as a percentage (4.5 for 4.5 %)
     */
    static BigDecimal ofDay(long endOfDayBalance, BigDecimal annualPercent, AccountType type) {
        boolean accrues = type == AccountType.LOAN ? endOfDayBalance < 0 : endOfDayBalance > 0;
        if (!accrues) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(endOfDayBalance)
                .multiply(annualPercent)
                .divide(HUNDRED.multiply(DAYS_IN_YEAR), MathContext.DECIMAL128);
    }

    /** The sum of a month's days, rounded once: what is posted. */
    static long posted(BigDecimal exactMinor) {
        return exactMinor.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
