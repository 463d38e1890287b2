package app.nestegg.sync.provider;

import app.nestegg.vault.ledger.AccountType;
import java.util.Objects;

/**
 * An account a linked login can read.
 *
 * @param id the provider's account id, stable across syncs
 * @param mask the last digits of the account number, or null
 * @param subtype the provider's subtype as sent ({@code "credit card"}, {@code "savings"}), or null
 * @param currencyCode ISO 4217 code, or the provider's unofficial code (crypto), or null when it sent none
 * @param institutionName the bank's name, or null when this call does not say
 */
public record ProviderAccount(
        String id,
        String name,
        String mask,
        ProviderAccountKind kind,
        String subtype,
        String currencyCode,
        String institutionName) {

    public ProviderAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The ledger type for a new account: savings and mortgages are told apart by subtype. */
    public AccountType ledgerType() {
        String sub = subtype == null ? "" : subtype.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case DEPOSITORY ->
                sub.contains("saving") || sub.equals("money market") || sub.equals("money_market")
                        ? AccountType.SAVINGS
                        : AccountType.CHECKING;
            case LOAN -> sub.equals("mortgage") ? AccountType.MORTGAGE : AccountType.LOAN;
            case INVESTMENT ->
                sub.contains("401") || sub.contains("ira") || sub.contains("pension")
                        ? AccountType.RETIREMENT
                        : AccountType.BROKERAGE;
            default -> kind.ledgerType();
        };
    }
}
