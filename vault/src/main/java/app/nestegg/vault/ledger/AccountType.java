package app.nestegg.vault.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of account; liabilities hold what is owed, so their balances are usually negative. */
public enum AccountType {
    CHECKING(false),
    SAVINGS(false),
    CREDIT_CARD(true),
    CASH(false),
    LOAN(true),
    MORTGAGE(true),
    BROKERAGE(false),
    RETIREMENT(false),
    PROPERTY(false),
    VEHICLE(false),
    OTHER_ASSET(false),
    OTHER_LIABILITY(true);

    private final boolean liability;

    AccountType(boolean liability) {
        this.liability = liability;
    }

    public boolean isLiability() {
        return liability;
    }

    /** The command-line spelling: {@code credit-card}, {@code other-asset}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AccountType fromCliName(String text) {
        for (AccountType type : values()) {
            if (type.cliName().equalsIgnoreCase(text.strip()) || type.name().equalsIgnoreCase(text.strip())) {
                return type;
            }
        }
        throw new LedgerInputException(
                "type",
                "Unknown account type '" + text + "'; use one of "
                        + Arrays.stream(values()).map(AccountType::cliName).collect(Collectors.joining(", ")));
    }
}
