package app.nestegg.vault.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One transaction as a statement file gives it, already parsed: the amount is signed from the account holder's view
 * (money in positive) after any sign convention has been applied.
 *
 * @param line the 1-based line of the file where the transaction starts, for messages
 * @param externalId the bank's id for it (OFX {@code FITID}), or null when the format has none
 * @param category a category name as the file spells it (QIF {@code L}), or null
 * @param transferAccount the other account of a QIF transfer ({@code L[Savings]} gives {@code Savings}), or null
 */
public record StatementLine(
        int line,
        LocalDate date,
        BigDecimal amount,
        String payee,
        String memo,
        String externalId,
        String checkNumber,
        String category,
        String transferAccount,
        List<StatementSplit> splits) {

    public StatementLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        payee = payee == null ? "" : payee.strip();
        splits = splits == null ? List.of() : List.copyOf(splits);
    }

    public static StatementLine of(int line, LocalDate date, BigDecimal amount, String payee) {
        return new StatementLine(line, date, amount, payee, null, null, null, null, null, List.of());
    }

    public StatementLine withAmount(BigDecimal value) {
        return new StatementLine(
                line, date, value, payee, memo, externalId, checkNumber, category, transferAccount, splits);
    }
}
