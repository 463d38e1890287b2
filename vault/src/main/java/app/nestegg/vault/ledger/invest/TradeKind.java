package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.LedgerInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a trade does to a holding and to the account's cash. */
public enum TradeKind {
    /** Adds shares; the cash pays quantity × price plus fees. */
    BUY,
    /** Removes shares, oldest lots first; the cash receives quantity × price less fees. */
    SELL,
    /** Cash paid out by the security; the shares stay as they are. */
    DIVIDEND,
    /** A dividend spent on new shares at once: no cash moves, the shares and the cost basis grow. */
    REINVEST,
    /** Every lot's quantity is multiplied by the ratio; its cost stays, no cash moves. */
    SPLIT,
    /** Shares the bank reports beyond what the trades give: a new lot at a cost, no cash moves. */
    ADJUST_IN,
    /** Shares the trades give beyond what the bank reports: taken from the oldest lots, no cash moves, no gain. */
    ADJUST_OUT;

    /** The command-line spelling: {@code buy}, {@code adjust-in}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether only bank sync writes trades of this kind (docs/decisions/0023-bank-holdings-as-adjustments.md). */
    public boolean isBankAdjustment() {
        return this == ADJUST_IN || this == ADJUST_OUT;
    }

    /** The kinds a person records; bank adjustments are not among them. */
    public static List<TradeKind> recordable() {
        return Arrays.stream(values()).filter(kind -> !kind.isBankAdjustment()).toList();
    }

    /** A kind a person may record, by its command-line spelling or name in any case. */
    public static TradeKind fromText(String text) {
        String wanted = text == null ? "" : text.strip();
        for (TradeKind kind : recordable()) {
            if (kind.cliName().equalsIgnoreCase(wanted) || kind.name().equalsIgnoreCase(wanted)) {
                return kind;
            }
        }
        throw new LedgerInputException(
                "kind",
                "Unknown trade kind '" + wanted + "'; use one of "
                        + recordable().stream().map(TradeKind::cliName).collect(Collectors.joining(", ")));
    }
}
