package app.nestegg.sync.engine;

import app.nestegg.sync.provider.ProviderAccount;
import app.nestegg.vault.bank.BankConnection;
import app.nestegg.vault.bank.BankConnections;
import app.nestegg.vault.bank.LinkedAccount;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountOrigin;
import app.nestegg.vault.ledger.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes sure every account the login shares feeds a ledger account: a new provider account gets a new ledger account
 * of its type, currency and institution, with origin PROVIDER, without asking. An account already linked is left as
 * the person keeps it (name, type, hidden or closed).
 */
final class AccountLinker {

    private static final int MAX_NAME = 100;

    private final Ledger ledger;
    private final BankConnections connections;
    private final Clock clock;

    AccountLinker(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.connections = ledger.bankConnections();
        this.clock = clock;
    }

    /** The links by provider account id, after adding the missing ones. */
    Map<String, LinkedAccount> link(BankConnection connection, List<ProviderAccount> shared) {
        Map<String, LinkedAccount> links = new LinkedHashMap<>();
        for (LinkedAccount link : connections.links(connection.id())) {
            links.put(link.providerAccountId(), link);
        }
        Set<String> taken = new HashSet<>();
        for (Account account : ledger.accounts().list()) {
            taken.add(account.name().toLowerCase(Locale.ROOT));
        }
        for (ProviderAccount account : shared) {
            if (links.containsKey(account.id())) {
                continue;
            }
            String name = freeName(account, connection.institutionName(), taken);
            AccountDraft draft = new AccountDraft(
                    name,
                    account.ledgerType(),
                    institution(account, connection),
                    currencyOf(account, connection),
                    BigDecimal.ZERO,
                    LocalDate.now(clock),
                    null,
                    null);
            LinkedAccount link = ledger.changeLog().write(w -> {
                Account created = ledger.accounts().add(w, draft, AccountOrigin.PROVIDER);
                return connections.link(w, connection.id(), account.id(), created.id());
            });
            links.put(account.id(), link);
        }
        return links;
    }

    private Currency currencyOf(ProviderAccount account, BankConnection connection) {
        String code = account.currencyCode();
        if (code == null || code.isBlank()) {
            return ledger.rates().baseCurrency();
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notIso) {
            throw new SyncException("The account '" + account.name() + "' at " + connection.institutionName()
                    + " is in " + code + ", which the ledger does not keep (ISO 4217 currencies only)");
        }
    }

    private static String institution(ProviderAccount account, BankConnection connection) {
        String name =
                account.institutionName() == null || account.institutionName().isBlank()
                        ? connection.institutionName()
                        : account.institutionName();
        return cut(name.strip());
    }

    /** The provider's name, else with the institution and the last digits, else numbered, so names stay unique. */
    private static String freeName(ProviderAccount account, String institution, Set<String> taken) {
        String base =
                cut(account.name().isBlank() ? institution : account.name().strip());
        String mask = account.mask() == null || account.mask().isBlank()
                ? ""
                : " " + account.mask().strip();
        List<String> tries = List.of(base, cut(base + " (" + institution.strip() + mask + ")"));
        for (String name : tries) {
            if (taken.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        for (int n = 2; ; n++) {
            String suffix = " " + n;
            String name = cut(base.substring(0, Math.min(base.length(), MAX_NAME - suffix.length())) + suffix);
            if (taken.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME).strip();
    }
}
