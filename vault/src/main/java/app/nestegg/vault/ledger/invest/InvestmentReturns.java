package app.nestegg.vault.ledger.invest;

import java.time.LocalDate;
import java.util.UUID;

/** An investment account's returns from its first trade to a day, measured both ways. */
public record InvestmentReturns(
        UUID accountId, LocalDate from, LocalDate to, ReturnFigure moneyWeighted, ReturnFigure timeWeighted) {}
