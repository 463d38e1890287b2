package app.nestegg.vault.ledger;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.LEDGER_TRANSACTION;

import app.nestegg.vault.ledger.networth.NetWorthSnapshots;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.AccountRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;

/** Opens, changes, closes and finds accounts. Names are unique in a vault, compared without case. */
public final class Accounts {

    private static final int MAX_NAME = 100;

    private final ChangeLog log;
    private final FieldCipher cipher;
    private final Clock clock;

    Accounts(ChangeLog log, FieldCipher cipher, Clock clock) {
        this.log = log;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Account add(AccountDraft draft) {
        return add(draft, AccountOrigin.MANUAL);
    }

    /** Opens an account kept by a bank provider (or by hand). */
    public Account add(AccountDraft draft, AccountOrigin origin) {
        return log.write(w -> add(w, draft, origin));
    }

    /** Opens an account inside a write the caller holds, as an import does for a statement of a new account. */
    public Account add(ChangeWriter writer, AccountDraft draft, AccountOrigin origin) {
        AccountRecord record = new AccountRecord();
        record.setId(Ids.newId());
        record.setClosed(false);
        record.setHidden(false);
        record.setOrigin(origin.name());
        record.setCreatedAt(clock.instant());
        fill(writer.dsl(), record, draft);
        writer.insert(record);
        NetWorthSnapshots.allStale(writer.dsl());
        return toAccount(record);
    }

    /** Changes what a person may change; the currency only while the account has no transactions. */
    public Account update(UUID id, AccountDraft draft) {
        return log.write(w -> {
            AccountRecord record = load(w.dsl(), id);
            if (!record.getCurrency().equals(code(draft.currency())) && hasTransactions(w.dsl(), id)) {
                throw new LedgerInputException(
                        "currency", "Account '" + record.getName() + "' has transactions, so its currency is fixed");
            }
            fill(w.dsl(), record, draft);
            w.update(record);
            NetWorthSnapshots.allStale(w.dsl());
            return toAccount(record);
        });
    }

    public void close(UUID id) {
        setFlag(id, true, null);
    }

    public void reopen(UUID id) {
        setFlag(id, false, null);
    }

    public void setHidden(UUID id, boolean hidden) {
        setFlag(id, null, hidden);
    }

    /** Every account, open ones first, then by type and name. */
    public List<Account> list() {
        return log.read(dsl -> dsl.selectFrom(ACCOUNT)
                .orderBy(ACCOUNT.CLOSED, ACCOUNT.ACCOUNT_TYPE, ACCOUNT.NAME)
                .fetch(Accounts::toAccount));
    }

    public Account get(UUID id) {
        return log.read(dsl -> toAccount(load(dsl, id)));
    }

    /** The account with this name (any case) or id; refused with the name when there is none. */
    public Account find(String nameOrId) {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        return log.read(dsl -> {
            AccountRecord byName = dsl.selectFrom(ACCOUNT)
                    .where(ACCOUNT.NAME.lower().eq(wanted.toLowerCase(Locale.ROOT)))
                    .fetchOne();
            if (byName != null) {
                return toAccount(byName);
            }
            try {
                AccountRecord byId = dsl.selectFrom(ACCOUNT)
                        .where(ACCOUNT.ID.eq(UUID.fromString(wanted)))
                        .fetchOne();
                if (byId != null) {
                    return toAccount(byId);
                }
            } catch (IllegalArgumentException notAnId) {
                // fall through to the refusal
            }
            throw new LedgerInputException("account", "No account named '" + wanted + "'");
        });
    }

    /** The sealed details, opened with the field key. */
    public AccountDetails details(UUID id) {
        AccountRecord record = log.read(dsl -> load(dsl, id));
        return new AccountDetails(
                open(record.getAddressSealed(), id, "address"),
                open(record.getZipSealed(), id, "zip"),
                open(record.getVinSealed(), id, "vin"));
    }

    /**
     * Seals the details into a record that already has its id, as {@link #add} does: for a restore that keeps the ids
     * of an export. The record is written by the caller through the change log.
     */
    public void sealDetails(AccountRecord record, AccountDetails details) {
        UUID id = record.getId();
        record.setAddressSealed(seal(LedgerText.optional(details.address(), "address", 500), id, "address"));
        record.setZipSealed(seal(LedgerText.optional(details.zip(), "zip", 20), id, "zip"));
        record.setVinSealed(seal(LedgerText.optional(details.vin(), "VIN", 17), id, "vin"));
    }

    static AccountRecord load(DSLContext dsl, UUID id) {
        AccountRecord record = dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOne();
        if (record == null) {
            throw new LedgerInputException("account", "No account with id " + id);
        }
        return record;
    }

    static Account toAccount(AccountRecord r) {
        Currency currency = Currency.getInstance(r.getCurrency());
        return new Account(
                r.getId(),
                r.getName(),
                AccountType.valueOf(r.getAccountType()),
                r.getInstitution(),
                currency,
                new Money(r.getOpeningBalance(), currency),
                r.getOpeningDate(),
                r.getClosed(),
                r.getHidden(),
                AccountOrigin.valueOf(r.getOrigin()),
                r.getInterestRate());
    }

    private void setFlag(UUID id, Boolean closed, Boolean hidden) {
        log.write(w -> {
            AccountRecord record = load(w.dsl(), id);
            if (closed != null) {
                record.setClosed(closed);
            }
            if (hidden != null) {
                record.setHidden(hidden);
            }
            return w.update(record);
        });
    }

    private void fill(DSLContext dsl, AccountRecord record, AccountDraft draft) {
        String name = LedgerText.required(draft.name(), "name", MAX_NAME);
        boolean taken = dsl.fetchExists(
                ACCOUNT, ACCOUNT.NAME.lower().eq(name.toLowerCase(Locale.ROOT)).and(ACCOUNT.ID.ne(record.getId())));
        if (taken) {
            throw new LedgerInputException("name", "An account named '" + name + "' already exists");
        }
        if (draft.type() == null) {
            throw new LedgerInputException("type", "The account type is missing");
        }
        if (draft.currency() == null) {
            throw new LedgerInputException("currency", "The account currency is missing");
        }
        Currencies.of(draft.currency().getCurrencyCode(), "currency");
        Money opening = Money.of(draft.openingBalance(), draft.currency(), "opening balance");
        BigDecimal rate = draft.interestRate();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.scale() > 6)) {
            throw new LedgerInputException(
                    "interest rate", "The interest rate must be a percentage from 0 to 100 with at most 6 decimals");
        }
        LocalDate openingDate = draft.openingDate() == null
                ? (record.getOpeningDate() == null ? LocalDate.now(clock) : record.getOpeningDate())
                : draft.openingDate();
        record.setName(name);
        record.setAccountType(draft.type().name());
        record.setInstitution(LedgerText.optional(draft.institution(), "institution", MAX_NAME));
        record.setCurrency(code(draft.currency()));
        record.setOpeningBalance(opening.minor());
        record.setOpeningDate(LedgerText.date(openingDate, "opening date"));
        record.setInterestRate(rate);
        AccountDetails details = draft.details();
        UUID id = record.getId();
        String address = LedgerText.optional(details.address(), "address", 500);
        String zip = LedgerText.optional(details.zip(), "zip", 20);
        String vin = LedgerText.optional(details.vin(), "VIN", 17);
        if (!java.util.Objects.equals(address, open(record.getAddressSealed(), id, "address"))) {
            record.setAddressSealed(seal(address, id, "address"));
        }
        if (!java.util.Objects.equals(zip, open(record.getZipSealed(), id, "zip"))) {
            record.setZipSealed(seal(zip, id, "zip"));
        }
        if (!java.util.Objects.equals(vin, open(record.getVinSealed(), id, "vin"))) {
            record.setVinSealed(seal(vin, id, "vin"));
        }
    }

    private byte[] seal(String value, UUID id, String field) {
        return value == null ? null : cipher.seal(value.getBytes(StandardCharsets.UTF_8), context(id, field));
    }

    private String open(byte[] sealed, UUID id, String field) {
        return sealed == null ? null : new String(cipher.open(sealed, context(id, field)), StandardCharsets.UTF_8);
    }

    private static String context(UUID id, String field) {
        return "account." + field + ":" + id;
    }

    private static boolean hasTransactions(DSLContext dsl, UUID accountId) {
        return dsl.fetchExists(LEDGER_TRANSACTION, LEDGER_TRANSACTION.ACCOUNT_ID.eq(accountId));
    }

    private static String code(Currency currency) {
        return currency == null ? null : currency.getCurrencyCode();
    }
}
