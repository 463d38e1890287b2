package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.LedgerInputException;
import java.util.Arrays;
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
    SPLIT;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TradeKind fromText(String text) {
        String wanted = text == null ? "" : text.strip();
        for (TradeKind kind : values()) {
            if (kind.name().equalsIgnoreCase(wanted)) {
                return kind;
            }
        }
        throw new LedgerInputException(
                "kind",
                "Unknown trade kind '" + wanted + "'; use one of "
                        + Arrays.stream(values()).map(TradeKind::cliName).collect(Collectors.joining(", ")));
    }
}
