package app.nestegg.vault.bank;

import static app.nestegg.vault.store.generated.Tables.BANK_SECURITY_LINK;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.store.ChangeWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which vault security each provider security id was matched to, so a later sync finds it again even when it has no
 * ticker or the person renamed its symbol. Read and written inside the caller's write, with the holdings it serves.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "the provider's security ids are sync state of this vault's connections, not ledger data; losing them"
                + " costs only a match by ticker")
public final class SecurityLinks {

    SecurityLinks() {}

    /** The vault security the provider's security id was matched to, if any. */
    public Optional<UUID> find(ChangeWriter writer, BankProviderKind provider, String providerSecurityId) {
        return writer.dsl()
                .select(BANK_SECURITY_LINK.SECURITY_ID)
                .from(BANK_SECURITY_LINK)
                .where(BANK_SECURITY_LINK.PROVIDER.eq(provider.name()))
                .and(BANK_SECURITY_LINK.PROVIDER_SECURITY_ID.eq(providerSecurityId))
                .fetchOptional(BANK_SECURITY_LINK.SECURITY_ID);
    }

    /** Remembers the match; a provider security id matched before now names this security. */
    public void remember(ChangeWriter writer, BankProviderKind provider, String providerSecurityId, UUID securityId) {
        Objects.requireNonNull(securityId, "securityId");
        writer.dsl()
                .mergeInto(BANK_SECURITY_LINK)
                .using(writer.dsl().selectOne())
                .on(BANK_SECURITY_LINK.PROVIDER.eq(provider.name()))
                .and(BANK_SECURITY_LINK.PROVIDER_SECURITY_ID.eq(providerSecurityId))
                .whenMatchedThenUpdate()
                .set(BANK_SECURITY_LINK.SECURITY_ID, securityId)
                .whenNotMatchedThenInsert(
                        BANK_SECURITY_LINK.PROVIDER,
                        BANK_SECURITY_LINK.PROVIDER_SECURITY_ID,
                        BANK_SECURITY_LINK.SECURITY_ID)
                .values(provider.name(), providerSecurityId, securityId)
                .execute();
    }
}
