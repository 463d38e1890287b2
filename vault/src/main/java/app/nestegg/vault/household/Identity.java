package app.nestegg.vault.household;

import static app.nestegg.vault.store.generated.Tables.MEMBER;
import static app.nestegg.vault.store.generated.Tables.MEMBER_IDENTITY;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.generated.tables.records.MemberIdentityRecord;
import app.nestegg.vault.store.generated.tables.records.MemberRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * This vault's own member identity: the {@code member} row marked {@code is_self} (its id is the author of every local
 * change-log entry), its display name, and its Ed25519 and X25519 key pairs. The keys are made the first time they are
 * needed and kept until the member leaves the household; the private halves are sealed with the field key under a
 * context naming the field and the member, so the database never holds them in clear.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "a member's identity and keys belong to this vault alone; no other household member merges them")
public final class Identity {

    private static final String SEED_FIELD = "member_identity.signing_seed:";
    private static final String AGE_FIELD = "member_identity.age_identity:";

    private final ChangeLog log;
    private final FieldCipher cipher;
    private final Clock clock;

    public Identity(ChangeLog log, FieldCipher cipher, Clock clock) {
        this.log = log;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The own member's public keys, making the key pairs on first use. */
    public MemberKeys self() {
        return log.write(w -> ensure(w.dsl()));
    }

    /** The own member's private keys, for one export or merge; close them when done. */
    public OwnKeys ownKeys() {
        return log.write(w -> {
            MemberKeys keys = ensure(w.dsl());
            MemberIdentityRecord sealed = w.dsl()
                    .selectFrom(MEMBER_IDENTITY)
                    .where(MEMBER_IDENTITY.MEMBER_ID.eq(keys.memberId()))
                    .fetchSingle();
            byte[] seed = cipher.open(sealed.getSigningSeedSealed(), SEED_FIELD + keys.memberId());
            byte[] age = cipher.open(sealed.getAgeIdentitySealed(), AGE_FIELD + keys.memberId());
            char[] identity = AgeKeys.chars(age);
            try {
                if (seed.length != Ed25519.KEY_BYTES) {
                    throw new VaultDamagedException(
                            Path.of("vault database"), "the member's signing key is damaged", Optional.empty());
                }
                return new OwnKeys(keys, seed, identity);
            } finally {
                Arrays.fill(seed, (byte) 0);
                Arrays.fill(age, (byte) 0);
                Arrays.fill(identity, '\0');
            }
        });
    }

    /** Sets the name other members see on this vault's card. */
    public MemberKeys rename(String name) {
        String stripped = name == null ? null : name.strip();
        String problem = MemberCard.nameProblem(stripped);
        if (problem != null) {
            throw new MembershipException(problem);
        }
        return log.write(w -> {
            w.dsl()
                    .update(MEMBER)
                    .set(MEMBER.DISPLAY_NAME, stripped)
                    .where(MEMBER.ID.eq(log.memberId()))
                    .execute();
            return ensure(w.dsl());
        });
    }

    /** This vault's card, signed with its own key. */
    public String card() {
        try (OwnKeys own = ownKeys()) {
            return MemberCard.write(own);
        }
    }

    /** Destroys the key pairs, inside a membership change; the next use makes new ones. */
    void destroy(DSLContext dsl) {
        dsl.deleteFrom(MEMBER_IDENTITY)
                .where(MEMBER_IDENTITY.MEMBER_ID.eq(log.memberId()))
                .execute();
        dsl.update(MEMBER)
                .setNull(MEMBER.SIGNING_KEY)
                .setNull(MEMBER.AGE_RECIPIENT)
                .where(MEMBER.ID.eq(log.memberId()))
                .execute();
    }

    /** The own member's keys, made and stored first when the vault has none yet. */
    MemberKeys ensure(DSLContext dsl) {
        UUID self = log.memberId();
        MemberRecord member = dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(self)).fetchSingle();
        boolean sealedThere = dsl.fetchExists(MEMBER_IDENTITY, MEMBER_IDENTITY.MEMBER_ID.eq(self));
        if (member.getSigningKey() == null || member.getAgeRecipient() == null || !sealedThere) {
            create(dsl, member);
        }
        return new MemberKeys(self, member.getDisplayName(), member.getSigningKey(), member.getAgeRecipient());
    }

    private void create(DSLContext dsl, MemberRecord member) {
        UUID self = member.getId();
        Ed25519.Pair signing = Ed25519.generate();
        AgeKeys.Pair age = AgeKeys.generate();
        byte[] ageBytes = AgeKeys.bytes(age.identity());
        try {
            dsl.deleteFrom(MEMBER_IDENTITY)
                    .where(MEMBER_IDENTITY.MEMBER_ID.eq(self))
                    .execute();
            MemberIdentityRecord sealed = dsl.newRecord(MEMBER_IDENTITY);
            sealed.setMemberId(self);
            sealed.setSigningSeedSealed(cipher.seal(signing.seed(), SEED_FIELD + self));
            sealed.setAgeIdentitySealed(cipher.seal(ageBytes, AGE_FIELD + self));
            sealed.setCreatedAt(clock.instant());
            sealed.insert();
            member.setSigningKey(signing.publicKey());
            member.setAgeRecipient(age.recipient());
            member.update();
        } finally {
            signing.wipe();
            age.wipe();
            Arrays.fill(ageBytes, (byte) 0);
        }
    }
}
