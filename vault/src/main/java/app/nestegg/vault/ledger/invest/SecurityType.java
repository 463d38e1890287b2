package app.nestegg.vault.ledger.invest;

import app.nestegg.vault.ledger.LedgerInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of thing a security is; allocation groups holdings by it. */
public enum SecurityType {
    STOCK,
    ETF,
    MUTUAL_FUND,
    BOND,
    CRYPTO,
    OTHER;

    /** The command-line spelling: {@code stock}, {@code mutual-fund}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SecurityType fromText(String text) {
        String wanted = text == null ? "" : text.strip();
        for (SecurityType type : values()) {
            if (type.cliName().equalsIgnoreCase(wanted) || type.name().equalsIgnoreCase(wanted)) {
                return type;
            }
        }
        throw new LedgerInputException(
                "type",
                "Unknown security type '" + wanted + "'; use one of "
                        + Arrays.stream(values()).map(SecurityType::cliName).collect(Collectors.joining(", ")));
    }
}
