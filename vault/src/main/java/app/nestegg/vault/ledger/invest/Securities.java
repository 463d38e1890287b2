package app.nestegg.vault.ledger.invest;

import static app.nestegg.vault.store.generated.Tables.SECURITY;
import static app.nestegg.vault.store.generated.Tables.SECURITY_PRICE;
import static app.nestegg.vault.store.generated.Tables.TRADE;

import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.ledger.LedgerText;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.SecurityRecord;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/** Adds, edits and finds securities. A symbol names one security whatever its case: {@code vti} is {@code VTI}. */
public final class Securities {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9.\\-^=/:_]{1,20}");

    private final ChangeLog log;

    Securities(ChangeLog log) {
        this.log = log;
    }

    public Security add(SecurityDraft draft) {
        return log.write(w -> add(w, draft));
    }

    /** Adds the security in a write already open, as part of it. */
    public Security add(ChangeWriter w, SecurityDraft draft) {
        SecurityRecord record = new SecurityRecord();
        record.setId(Ids.newId());
        fill(w.dsl(), record, draft);
        w.insert(record);
        return toSecurity(record);
    }

    /** The security with this symbol (any case), read in a write already open. */
    public Optional<Security> withSymbol(ChangeWriter w, String symbol) {
        return bySymbol(w.dsl(), symbol).map(Securities::toSecurity);
    }

    /** The security with this id, read in a write already open; refused, naming it, when there is none. */
    public Security get(ChangeWriter w, UUID id) {
        return toSecurity(load(w.dsl(), id));
    }

    /** Changes what the security says; its currency stays once trades or prices are recorded in it. */
    public Security edit(UUID id, SecurityDraft draft) {
        return log.write(w -> {
            SecurityRecord record = load(w.dsl(), id);
            String oldCurrency = record.getCurrency();
            fill(w.dsl(), record, draft);
            if (!oldCurrency.equals(record.getCurrency())
                    && (w.dsl().fetchExists(TRADE, TRADE.SECURITY_ID.eq(id))
                            || w.dsl().fetchExists(SECURITY_PRICE, SECURITY_PRICE.SECURITY_ID.eq(id)))) {
                throw new LedgerInputException(
                        "currency",
                        record.getSymbol() + " already has trades or prices in " + oldCurrency
                                + ", so its currency cannot change");
            }
            w.update(record);
            return toSecurity(record);
        });
    }

    /** Every security, by symbol. */
    public List<Security> list() {
        return log.read(dsl -> dsl.selectFrom(SECURITY).orderBy(SECURITY.SYMBOL).fetch(Securities::toSecurity));
    }

    public Security get(UUID id) {
        return log.read(dsl -> toSecurity(load(dsl, id)));
    }

    /** The security with this symbol (any case) or id; refused, naming it, when there is none. */
    public Security find(String symbolOrId) {
        String wanted = symbolOrId == null ? "" : symbolOrId.strip();
        return log.read(dsl -> bySymbol(dsl, wanted)
                .or(() -> byId(dsl, wanted))
                .map(Securities::toSecurity)
                .orElseThrow(() -> unknown(wanted)));
    }

    static LedgerInputException unknown(String symbol) {
        return new LedgerInputException(
                "security", "Unknown security '" + symbol + "'; add it first (nest-egg securities add)");
    }

    static Optional<SecurityRecord> bySymbol(DSLContext dsl, String symbol) {
        return dsl.selectFrom(SECURITY)
                .where(SECURITY.SYMBOL.eq(symbol.strip().toUpperCase(Locale.ROOT)))
                .fetchOptional();
    }

    static SecurityRecord load(DSLContext dsl, UUID id) {
        if (id == null) {
            throw new LedgerInputException("security", "The security is missing");
        }
        return dsl.selectFrom(SECURITY)
                .where(SECURITY.ID.eq(id))
                .fetchOptional()
                .orElseThrow(() -> unknown(id.toString()));
    }

    static Security toSecurity(SecurityRecord r) {
        return new Security(
                r.getId(),
                r.getSymbol(),
                r.getName(),
                SecurityType.valueOf(r.getSecurityType()),
                Currency.getInstance(r.getCurrency()));
    }

    private static Optional<SecurityRecord> byId(DSLContext dsl, String text) {
        try {
            return dsl.selectFrom(SECURITY)
                    .where(SECURITY.ID.eq(UUID.fromString(text)))
                    .fetchOptional();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static void fill(DSLContext dsl, SecurityRecord record, SecurityDraft draft) {
        String symbol = LedgerText.required(draft.symbol(), "symbol", 20).toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new LedgerInputException(
                    "symbol", "Symbol '" + symbol + "' may hold only letters, digits and . - ^ = / : _");
        }
        Optional<SecurityRecord> same = bySymbol(dsl, symbol);
        if (same.isPresent() && !same.get().getId().equals(record.getId())) {
            throw new LedgerInputException("symbol", "A security with symbol '" + symbol + "' already exists");
        }
        if (draft.type() == null) {
            throw new LedgerInputException("type", "The security type is missing");
        }
        if (draft.currency() == null) {
            throw new LedgerInputException("currency", "The currency is missing");
        }
        if (draft.currency().getDefaultFractionDigits() < 0) {
            throw new LedgerInputException(
                    "currency", "'" + draft.currency().getCurrencyCode() + "' has no minor unit to count in");
        }
        record.setSymbol(symbol);
        record.setName(LedgerText.required(draft.name(), "name", 200));
        record.setSecurityType(draft.type().name());
        record.setCurrency(draft.currency().getCurrencyCode());
    }
}
