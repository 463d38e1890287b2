package app.nestegg.vault.bank;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.BANK_ACCOUNT_LINK;
import static app.nestegg.vault.store.generated.Tables.BANK_CONNECTION;
import static app.nestegg.vault.store.generated.Tables.BANK_PENDING_REMOVAL;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.ledger.Money;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.ChangeWriter;
import app.nestegg.vault.store.Ids;
import app.nestegg.vault.store.generated.tables.records.BankConnectionRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Bank connections and their linked accounts. The access token is sealed with the field key and given out only by
 * {@link #accessToken}; cursors are stored inside the caller's write so a page of rows and the cursor after it commit
 * together. The rows are this vault's alone: they never enter the change log, an export or a household bundle.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "connections hold a sealed access token and the provider's sync state, which belong to this vault only"
                + " and must never reach the change log household bundles are built from")
public final class BankConnections {

    private static final int MAX_TEXT = 200;

    private final ChangeLog log;
    private final FieldCipher cipher;
    private final Clock clock;
    private final SyncedRows syncedRows;
    private final SecurityLinks securityLinks = new SecurityLinks();

    public BankConnections(ChangeLog log, FieldCipher cipher, Clock clock) {
        this.log = log;
        this.cipher = cipher;
        this.clock = clock;
        this.syncedRows = new SyncedRows(log);
    }

    /** Reads and local bookkeeping about the ledger rows a sync writes. */
    public SyncedRows syncedRows() {
        return syncedRows;
    }

    /** The provider securities matched to vault securities by holdings syncs. */
    public SecurityLinks securityLinks() {
        return securityLinks;
    }

    /** Stores a newly linked login with its token sealed; it starts ACTIVE with the cursor at the beginning. */
    public BankConnection add(
            BankProviderKind provider, String institutionName, String providerItemId, String accessToken) {
        Objects.requireNonNull(provider, "provider");
        String institution = required(institutionName, "institution name");
        String item = required(providerItemId, "provider item id");
        requireToken(accessToken);
        return log.write(w -> {
            BankConnectionRecord record = w.dsl().newRecord(BANK_CONNECTION);
            record.setId(Ids.newId());
            record.setProvider(provider.name());
            record.setInstitutionName(institution);
            record.setProviderItemId(item);
            record.setAccessTokenSealed(seal(accessToken, record.getId()));
            record.setSyncCursor("");
            record.setStatus(ConnectionStatus.ACTIVE.name());
            record.setFailureCount(0);
            record.setCreatedAt(clock.instant());
            record.insert();
            return ConnectionRows.toConnection(record);
        });
    }

    /** Every connection, oldest first, disconnected ones included. */
    public List<BankConnection> list() {
        return log.read(dsl -> dsl.selectFrom(BANK_CONNECTION)
                .orderBy(BANK_CONNECTION.CREATED_AT, BANK_CONNECTION.ID)
                .fetch(ConnectionRows::toConnection));
    }

    public BankConnection get(UUID id) {
        return log.read(dsl -> ConnectionRows.toConnection(load(dsl, id)));
    }

    /** The opened access token; refused for a disconnected connection, whose token is gone. */
    public String accessToken(UUID id) {
        BankConnectionRecord record = log.read(dsl -> load(dsl, id));
        if (record.getAccessTokenSealed() == null) {
            throw new BankConnectionException("The connection to " + record.getInstitutionName()
                    + " was removed, so it has no access token; link the bank again");
        }
        return new String(cipher.open(record.getAccessTokenSealed(), context(id)), StandardCharsets.UTF_8);
    }

    /** Takes the token of a login linked again (after NEEDS_RELINK) and makes the connection ACTIVE. */
    public BankConnection relinked(UUID id, String accessToken) {
        requireToken(accessToken);
        return log.write(w -> {
            BankConnectionRecord record = load(w.dsl(), id);
            record.setAccessTokenSealed(seal(accessToken, id));
            ConnectionRows.clearFailure(record);
            record.setStatus(ConnectionStatus.ACTIVE.name());
            record.store();
            return ConnectionRows.toConnection(record);
        });
    }

    /** The stored cursor: where the next page starts. Empty for the whole history. */
    public String cursor(UUID id) {
        return log.read(dsl -> load(dsl, id).getSyncCursor());
    }

    /**
     * Starts a run, or resumes the unfinished one: returns the cursor the run began with, which a restart goes back
     * to. A run ends with {@link #storeCursor} told so.
     */
    public String beginRun(UUID id) {
        return log.write(w -> {
            BankConnectionRecord record = load(w.dsl(), id);
            if (record.getRunStartCursor() == null) {
                record.setRunStartCursor(record.getSyncCursor());
                record.store();
            }
            return record.getRunStartCursor();
        });
    }

    /** Sets the stored cursor back to where the unfinished run began, after the provider's data changed mid-run. */
    public String restartRun(UUID id) {
        return log.write(w -> {
            BankConnectionRecord record = load(w.dsl(), id);
            if (record.getRunStartCursor() != null) {
                record.setSyncCursor(record.getRunStartCursor());
                record.store();
            }
            return record.getSyncCursor();
        });
    }

    /**
     * Stores the cursor after a page inside the write that applies the page, so both commit or neither does.
     *
     * @param runEnds whether this was the run's last page; the run's first cursor is then forgotten
     */
    public void storeCursor(ChangeWriter writer, UUID id, String cursor, boolean runEnds) {
        Objects.requireNonNull(cursor, "cursor");
        BankConnectionRecord record = load(writer.dsl(), id);
        record.setSyncCursor(cursor);
        if (runEnds) {
            record.setRunStartCursor(null);
        }
        record.store();
    }

    /** A finished sync: ACTIVE, no failures, no retry time. */
    public BankConnection recordSuccess(UUID id, Instant at) {
        return log.write(w -> {
            BankConnectionRecord record = load(w.dsl(), id);
            record.setStatus(ConnectionStatus.ACTIVE.name());
            record.setLastSyncedAt(at);
            ConnectionRows.clearFailure(record);
            record.store();
            return ConnectionRows.toConnection(record);
        });
    }

    /** A failed sync: the status, why, when to try again (or null), and one more failure counted. */
    public BankConnection recordFailure(UUID id, ConnectionStatus status, ConnectionError error, Instant nextRetryAt) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        return log.write(w -> {
            BankConnectionRecord record = load(w.dsl(), id);
            record.setStatus(status.name());
            record.setFailureCount(record.getFailureCount() + 1);
            record.setLastErrorCode(error.code());
            record.setLastErrorMessage(error.message());
            record.setNextRetryAt(nextRetryAt);
            record.store();
            return ConnectionRows.toConnection(record);
        });
    }

    /** The accounts the connection feeds. */
    public List<LinkedAccount> links(UUID connectionId) {
        return log.read(dsl -> linkQuery(dsl)
                .where(BANK_ACCOUNT_LINK.CONNECTION_ID.eq(connectionId))
                .orderBy(BANK_ACCOUNT_LINK.PROVIDER_ACCOUNT_ID)
                .fetch(ConnectionRows::toLink));
    }

    /** Links a provider account to a ledger account inside the caller's write (which may have just opened it). */
    public LinkedAccount link(ChangeWriter writer, UUID connectionId, String providerAccountId, UUID accountId) {
        load(writer.dsl(), connectionId);
        var record = writer.dsl().newRecord(BANK_ACCOUNT_LINK);
        record.setId(Ids.newId());
        record.setConnectionId(connectionId);
        record.setProviderAccountId(required(providerAccountId, "provider account id"));
        record.setAccountId(Objects.requireNonNull(accountId, "accountId"));
        record.insert();
        return new LinkedAccount(record.getId(), connectionId, providerAccountId, accountId, null);
    }

    /** Keeps what the provider reported for a linked account. */
    public void storeBalance(UUID linkId, ReportedBalance balance) {
        log.write(w -> w.dsl()
                .update(BANK_ACCOUNT_LINK)
                .set(BANK_ACCOUNT_LINK.BALANCE_CURRENT, minor(balance.current()))
                .set(BANK_ACCOUNT_LINK.BALANCE_AVAILABLE, minor(balance.available()))
                .set(BANK_ACCOUNT_LINK.BALANCE_LIMIT, minor(balance.limit()))
                .set(BANK_ACCOUNT_LINK.BALANCE_AT, balance.at())
                .where(BANK_ACCOUNT_LINK.ID.eq(linkId))
                .execute());
    }

    /** Notes, inside the page's write, a pending row the provider removed, to delete when the run ends. */
    public void deferRemoval(ChangeWriter writer, UUID connectionId, String providerTransactionId) {
        writer.dsl()
                .mergeInto(BANK_PENDING_REMOVAL)
                .using(writer.dsl().selectOne())
                .on(BANK_PENDING_REMOVAL
                        .CONNECTION_ID
                        .eq(connectionId)
                        .and(BANK_PENDING_REMOVAL.PROVIDER_TRANSACTION_ID.eq(providerTransactionId)))
                .whenNotMatchedThenInsert(
                        BANK_PENDING_REMOVAL.CONNECTION_ID, BANK_PENDING_REMOVAL.PROVIDER_TRANSACTION_ID)
                .values(connectionId, providerTransactionId)
                .execute();
    }

    /** Takes the deferred removals of the run that ends in the caller's write, forgetting them. */
    public List<String> takeDeferredRemovals(ChangeWriter writer, UUID connectionId) {
        List<String> ids = writer.dsl()
                .select(BANK_PENDING_REMOVAL.PROVIDER_TRANSACTION_ID)
                .from(BANK_PENDING_REMOVAL)
                .where(BANK_PENDING_REMOVAL.CONNECTION_ID.eq(connectionId))
                .orderBy(BANK_PENDING_REMOVAL.PROVIDER_TRANSACTION_ID)
                .fetch(BANK_PENDING_REMOVAL.PROVIDER_TRANSACTION_ID);
        writer.dsl()
                .deleteFrom(BANK_PENDING_REMOVAL)
                .where(BANK_PENDING_REMOVAL.CONNECTION_ID.eq(connectionId))
                .execute();
        return ids;
    }

    /**
     * Removes the connection: the token is forgotten and the accounts unlinked, but the ledger accounts and their rows
     * stay as they are. The status becomes DISCONNECTED.
     */
    public BankConnection remove(UUID id) {
        return log.write(w -> {
            BankConnectionRecord record = load(w.dsl(), id);
            w.dsl()
                    .deleteFrom(BANK_ACCOUNT_LINK)
                    .where(BANK_ACCOUNT_LINK.CONNECTION_ID.eq(id))
                    .execute();
            w.dsl()
                    .deleteFrom(BANK_PENDING_REMOVAL)
                    .where(BANK_PENDING_REMOVAL.CONNECTION_ID.eq(id))
                    .execute();
            record.setAccessTokenSealed(null);
            record.setStatus(ConnectionStatus.DISCONNECTED.name());
            record.setRunStartCursor(null);
            record.setSyncCursor("");
            record.setNextRetryAt(null);
            record.store();
            return ConnectionRows.toConnection(record);
        });
    }

    private static org.jooq.SelectOnConditionStep<Record> linkQuery(DSLContext dsl) {
        return dsl.select(BANK_ACCOUNT_LINK.fields())
                .select(ACCOUNT.CURRENCY)
                .from(BANK_ACCOUNT_LINK)
                .join(ACCOUNT)
                .on(ACCOUNT.ID.eq(BANK_ACCOUNT_LINK.ACCOUNT_ID));
    }

    private static BankConnectionRecord load(DSLContext dsl, UUID id) {
        BankConnectionRecord record = dsl.selectFrom(BANK_CONNECTION)
                .where(BANK_CONNECTION.ID.eq(Objects.requireNonNull(id, "id")))
                .fetchOne();
        if (record == null) {
            throw new BankConnectionException("No bank connection with id " + id);
        }
        return record;
    }

    private byte[] seal(String token, UUID id) {
        return cipher.seal(token.getBytes(StandardCharsets.UTF_8), context(id));
    }

    private static String context(UUID id) {
        return "bank_connection.token:" + id;
    }

    private static Long minor(Money money) {
        return money == null ? null : money.minor();
    }

    static Currency currencyOf(Record record) {
        return Currency.getInstance(record.get(ACCOUNT.CURRENCY));
    }

    private static void requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new BankConnectionException("An access token is required to add a bank connection");
        }
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new BankConnectionException("The " + field + " of a bank connection is missing");
        }
        String value = text.strip();
        if (value.length() > MAX_TEXT) {
            throw new BankConnectionException(
                    "The " + field + " of a bank connection is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }
}
