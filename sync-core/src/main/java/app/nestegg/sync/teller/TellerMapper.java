package app.nestegg.sync.teller;

import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.sync.provider.ProviderAccountKind;
import app.nestegg.sync.provider.ProviderBalance;
import app.nestegg.sync.provider.ProviderTransaction;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Teller's objects as the provider records; every method throws {@link IllegalArgumentException} on bad data. */
final class TellerMapper {

    private TellerMapper() {}

    static ProviderAccount account(TellerWire.Account account) {
        require(account.id(), "account id");
        ProviderAccountKind kind = switch (account.type() == null ? "" : account.type()) {
            case "depository" -> ProviderAccountKind.DEPOSITORY;
            case "credit" -> ProviderAccountKind.CREDIT;
            default -> ProviderAccountKind.OTHER;
        };
        String name = account.name() == null || account.name().isBlank() ? account.id() : account.name();
        String institution =
                account.institution() == null ? null : account.institution().name();
        return new ProviderAccount(
                account.id(), name, account.lastFour(), kind, account.subtype(), account.currency(), institution);
    }

    static ProviderBalance balance(TellerWire.Balances balances, TellerWire.Account account) {
        if (balances.ledger() == null && balances.available() == null) {
            throw new IllegalArgumentException("balances of " + account.id() + " have neither ledger nor available");
        }
        return new ProviderBalance(
                account.id(),
                TellerAmounts.ledgerBalance(balances.ledger(), account.isCredit()),
                TellerAmounts.availableBalance(balances.available()),
                null,
                account.currency());
    }

    static ProviderTransaction transaction(
            TellerWire.Transaction row, String accountId, boolean credit, String currency) {
        require(row.id(), "transaction id");
        LocalDate date;
        try {
            date = LocalDate.parse(require(row.date(), "date of " + row.id()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date of " + row.id() + " is not an ISO date: '" + row.date() + "'");
        }
        TellerWire.Details details = row.details();
        String counterparty = details == null || details.counterparty() == null
                ? null
                : details.counterparty().name();
        return new ProviderTransaction(
                row.id(),
                accountId,
                date,
                TellerAmounts.transaction(row.amount(), credit),
                currency,
                row.description() == null ? "" : row.description(),
                counterparty,
                row.isPending(),
                null,
                details == null ? null : details.category());
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }
}
