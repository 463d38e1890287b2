package app.nestegg.sync.forecast;

import app.nestegg.vault.ledger.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The first day an account's projected balance crosses a line: below zero for a checking, savings or cash account,
 * past the credit limit for a card whose bank reports one.
 *
 * @param limit zero for an overdraft, the credit limit (positive) for a card
 */
public record ForecastWarning(
        Kind kind, UUID accountId, String accountName, LocalDate date, Money projected, Money limit) {

    public enum Kind {
        OVERDRAFT,
        CREDIT_LIMIT
    }
}
