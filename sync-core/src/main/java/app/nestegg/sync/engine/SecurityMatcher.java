package app.nestegg.sync.engine;

import app.nestegg.sync.provider.ProviderHolding;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.bank.SecurityLinks;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.invest.Securities;
import app.nestegg.vault.ledger.invest.Security;
import app.nestegg.vault.ledger.invest.SecurityDraft;
import app.nestegg.vault.ledger.invest.SecurityType;
import app.nestegg.vault.store.ChangeWriter;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the vault security a provider's holding is in: by the provider's security id matched before, else by ticker,
 * else a new security with the provider's name, ticker, type and currency. The match is remembered in the same write.
 */
final class SecurityMatcher {

    /** What a vault symbol may hold (as {@code Securities} checks it). */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9.\\-^=/:_]{1,20}");

    private static final int MAX_NAME = 200;

    private final Securities securities;
    private final SecurityLinks links;

    SecurityMatcher(Ledger ledger) {
        this.securities = ledger.investments().securities();
        this.links = ledger.bankConnections().securityLinks();
    }

    /**
     * @param currency the holding's currency: the account's when the provider names none
     * @throws LedgerInputException when the matched security is priced in another currency than the holding
     */
    Security match(ChangeWriter w, BankProviderKind provider, ProviderHolding holding, Currency currency) {
        Optional<String> ticker = symbolOf(holding.ticker());
        Security security = links.find(w, provider, holding.securityId())
                .map(id -> securities.get(w, id))
                .or(() -> ticker.flatMap(symbol -> securities.withSymbol(w, symbol)))
                .orElseGet(() -> securities.add(w, draft(w, holding, ticker, currency)));
        if (!security.currency().equals(currency)) {
            throw new LedgerInputException(
                    "currency",
                    "The bank prices " + security.symbol() + " in " + currency.getCurrencyCode()
                            + ", but it is kept in " + security.currency().getCurrencyCode());
        }
        links.remember(w, provider, holding.securityId(), security.id());
        return security;
    }

    private SecurityDraft draft(ChangeWriter w, ProviderHolding holding, Optional<String> ticker, Currency currency) {
        String given = holding.securityName() == null || holding.securityName().isBlank()
                ? ticker.orElse("Security " + holding.securityId())
                : holding.securityName().strip();
        String name = given.length() > MAX_NAME ? given.substring(0, MAX_NAME) : given;
        String symbol = ticker.orElseGet(() -> freeSymbol(w, initials(name)));
        return new SecurityDraft(symbol, name, typeOf(holding.securityType()), currency);
    }

    /** The ticker as a vault symbol, when it can be one. */
    static Optional<String> symbolOf(String ticker) {
        if (ticker == null) {
            return Optional.empty();
        }
        String symbol = ticker.strip().toUpperCase(Locale.ROOT);
        return SYMBOL.matcher(symbol).matches() ? Optional.of(symbol) : Optional.empty();
    }

    /** A symbol for a security without a usable ticker: the initials of its name ("Nest Egg Growth Fund" → NEGF). */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!word.isEmpty() && initials.length() < 8) {
                initials.append(word.charAt(0));
            }
        }
        return initials.isEmpty() ? "SECURITY" : initials.toString();
    }

    private String freeSymbol(ChangeWriter w, String base) {
        String symbol = base;
        for (int n = 2; securities.withSymbol(w, symbol).isPresent(); n++) {
            symbol = base + "-" + n;
        }
        return symbol;
    }

    /** Plaid's security types; anything else (cash, derivative, loan, other) is OTHER. */
    static SecurityType typeOf(String providerType) {
        String type = providerType == null ? "" : providerType.strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "equity" -> SecurityType.STOCK;
            case "etf" -> SecurityType.ETF;
            case "mutual fund" -> SecurityType.MUTUAL_FUND;
            case "fixed income" -> SecurityType.BOND;
            case "cryptocurrency" -> SecurityType.CRYPTO;
            default -> SecurityType.OTHER;
        };
    }
}
