package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the register shows: one account (or all), a date range, text found in payee, memo or notes (any case), a
 * category (its own or a split's), and a range of amount sizes (the amount without its sign, inclusive). Empty parts
 * do not filter.
 */
public record RegisterQuery(
        UUID accountId,
        LocalDate from,
        LocalDate to,
        String text,
        UUID categoryId,
        BigDecimal minAmount,
        BigDecimal maxAmount) {

    public RegisterQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw new LedgerInputException("date range", "The range starts on " + from + ", after its end " + to);
        }
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw new LedgerInputException(
                    "amount range", "The smallest amount " + minAmount + " is larger than the largest " + maxAmount);
        }
    }

    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null, null, null, null);
    }

    public static RegisterQuery forAccount(UUID accountId) {
        return all().withAccount(accountId);
    }

    public RegisterQuery withAccount(UUID value) {
        return new RegisterQuery(value, from, to, text, categoryId, minAmount, maxAmount);
    }

    public RegisterQuery withDates(LocalDate fromDate, LocalDate toDate) {
        return new RegisterQuery(accountId, fromDate, toDate, text, categoryId, minAmount, maxAmount);
    }

    public RegisterQuery withText(String value) {
        return new RegisterQuery(accountId, from, to, value, categoryId, minAmount, maxAmount);
    }

    public RegisterQuery withCategory(UUID value) {
        return new RegisterQuery(accountId, from, to, text, value, minAmount, maxAmount);
    }

    public RegisterQuery withAmounts(BigDecimal min, BigDecimal max) {
        return new RegisterQuery(accountId, from, to, text, categoryId, min, max);
    }

    /** True when only the account is chosen, so every row of it is listed and a running balance makes sense. */
    public boolean isWholeAccount() {
        return accountId != null
                && from == null
                && to == null
                && text == null
                && categoryId == null
                && minAmount == null
                && maxAmount == null;
    }
}
