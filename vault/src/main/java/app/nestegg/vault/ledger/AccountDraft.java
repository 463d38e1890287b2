package app.nestegg.vault.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What a person types to open or change an account. The opening balance is a decimal in the account's currency; the
 * address, zip and VIN are sealed with the field key when stored.
 */
public record AccountDraft(
        String name,
        AccountType type,
        String institution,
        Currency currency,
        BigDecimal openingBalance,
        LocalDate openingDate,
        BigDecimal interestRate,
        AccountDetails details) {

    public AccountDraft {
        openingBalance = openingBalance == null ? BigDecimal.ZERO : openingBalance;
        details = details == null ? AccountDetails.NONE : details;
    }

    /** A manual account with no institution, details or interest rate. */
    public static AccountDraft of(String name, AccountType type, Currency currency, BigDecimal openingBalance) {
        return new AccountDraft(name, type, null, currency, openingBalance, null, null, null);
    }

    public AccountDraft withInstitution(String value) {
        return new AccountDraft(name, type, value, currency, openingBalance, openingDate, interestRate, details);
    }

    public AccountDraft withOpeningDate(LocalDate value) {
        return new AccountDraft(name, type, institution, currency, openingBalance, value, interestRate, details);
    }

    public AccountDraft withInterestRate(BigDecimal value) {
        return new AccountDraft(name, type, institution, currency, openingBalance, openingDate, value, details);
    }

    public AccountDraft withDetails(AccountDetails value) {
        return new AccountDraft(name, type, institution, currency, openingBalance, openingDate, interestRate, value);
    }
}
