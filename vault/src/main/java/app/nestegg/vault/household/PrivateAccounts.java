package app.nestegg.vault.household;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static app.nestegg.vault.store.generated.Tables.PRIVATE_ACCOUNT;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.ledger.LedgerInputException;
import app.nestegg.vault.store.ChangeLog;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * The accounts this member keeps to themselves: neither they nor their transactions enter a bundle. The list is this
 * vault's own choice and never travels; sharing an account again lets its later changes into the next bundle.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "which accounts stay private is this member's own choice; no other household member merges it")
public final class PrivateAccounts {

    private final ChangeLog log;
    private final Clock clock;

    public PrivateAccounts(ChangeLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public boolean isPrivate(UUID accountId) {
        return log.read(dsl -> dsl.fetchExists(PRIVATE_ACCOUNT, PRIVATE_ACCOUNT.ACCOUNT_ID.eq(accountId)));
    }

    public Set<UUID> privateAccounts() {
        return Set.copyOf(log.read(dsl ->
                dsl.select(PRIVATE_ACCOUNT.ACCOUNT_ID).from(PRIVATE_ACCOUNT).fetch(PRIVATE_ACCOUNT.ACCOUNT_ID)));
    }

    /** Keeps the account out of bundles; returns false when it already was. */
    public boolean markPrivate(UUID accountId) {
        return log.write(w -> {
            if (!w.dsl().fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId))) {
                throw new LedgerInputException("account", "No account with id " + accountId);
            }
            if (w.dsl().fetchExists(PRIVATE_ACCOUNT, PRIVATE_ACCOUNT.ACCOUNT_ID.eq(accountId))) {
                return false;
            }
            w.dsl()
                    .insertInto(PRIVATE_ACCOUNT)
                    .set(PRIVATE_ACCOUNT.ACCOUNT_ID, accountId)
                    .set(PRIVATE_ACCOUNT.MARKED_AT, clock.instant())
                    .execute();
            return true;
        });
    }

    /** Lets the account into bundles again; returns false when it was not private. */
    public boolean share(UUID accountId) {
        return log.write(w -> w.dsl()
                        .deleteFrom(PRIVATE_ACCOUNT)
                        .where(PRIVATE_ACCOUNT.ACCOUNT_ID.eq(accountId))
                        .execute()
                > 0);
    }
}
