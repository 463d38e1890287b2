package app.nestegg.vault.ledger.invest;

import java.util.Currency;

/** A security as a person types it, before the ledger checks it; the symbol is kept in upper case. */
public record SecurityDraft(String symbol, String name, SecurityType type, Currency currency) {}
