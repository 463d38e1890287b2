package app.nestegg.vault.household;

import static app.nestegg.vault.store.generated.Tables.MEMBER;

import app.nestegg.vault.ArchitectureExemption;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import app.nestegg.vault.store.generated.tables.records.MemberRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * The household as this vault knows it: its own member and the others it added from their cards, each active or
 * removed. Bundles are encrypted to {@link #activeMembers}; a bundle is merged only from a member that
 * {@link #member} shows active. Membership is this vault's own record and never travels in a bundle.
 */
@ArchitectureExemption(
        rule = "ledgerWritesGoThroughTheChangeLog",
        reason = "membership is each vault's own record of whom it trusts; no other household member merges it")
public final class Members {

    private final ChangeLog log;
    private final Identity identity;
    private final Clock clock;

    public Members(ChangeLog log, FieldCipher cipher, Clock clock) {
        this.log = log;
        this.identity = new Identity(log, cipher, clock);
        this.clock = clock;
    }

    /** This vault's own member: keys, name and card. */
    public Identity identity() {
        return identity;
    }

    /** The own member's public keys, made on first use. */
    public MemberKeys self() {
        return identity.self();
    }

    /** The other members, active ones only: the recipients of a bundle besides oneself. */
    public List<MemberKeys> activeMembers() {
        return log.read(dsl -> dsl.selectFrom(MEMBER)
                .where(MEMBER.IS_SELF.isFalse())
                .and(MEMBER.STATUS.eq(MemberStatus.ACTIVE.name()))
                .and(MEMBER.SIGNING_KEY.isNotNull())
                .and(MEMBER.AGE_RECIPIENT.isNotNull())
                .orderBy(MEMBER.CREATED_AT, MEMBER.ID)
                .fetch(Members::keys));
    }

    /** A member this vault knows, with their status; empty for an id it never added. */
    public Optional<Member> member(UUID id) {
        if (id.equals(log.memberId())) {
            return Optional.of(ownMember());
        }
        return log.read(dsl -> Optional.ofNullable(
                        dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOne())
                .filter(Members::hasKeys)
                .map(Members::toMember));
    }

    /** Whether bundles signed by this member id are to be merged: a known, active member other than oneself. */
    public boolean isActiveMember(UUID id) {
        return !id.equals(log.memberId()) && member(id).map(Member::active).orElse(false);
    }

    /** Every member: oneself first, then the others in the order they were first added. */
    public List<Member> list() {
        Member own = ownMember();
        List<Member> others =
                log.read(dsl -> dsl
                        .selectFrom(MEMBER)
                        .where(MEMBER.IS_SELF.isFalse())
                        .orderBy(MEMBER.CREATED_AT, MEMBER.ID)
                        .fetch()
                        .stream()
                        .filter(Members::hasKeys)
                        .map(Members::toMember)
                        .toList());
        return Stream.concat(Stream.of(own), others.stream()).toList();
    }

    /**
     * Adds the member of a card read with {@link MemberCard#read}. Adding an active member again with the same keys
     * only takes the card's name. Refused: a member already known with other keys, and a removed member unless
     * {@code again} says to add them back (their keys may have changed, as leaving a household makes new ones).
     */
    public Member add(MemberKeys card, boolean again) {
        Objects.requireNonNull(card, "card");
        if (card.memberId().equals(log.memberId())) {
            throw new MembershipException("This is your own card; add another member's card.");
        }
        return log.write(w -> {
            DSLContext dsl = w.dsl();
            MemberRecord record =
                    dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(card.memberId())).fetchOne();
            Instant now = clock.instant();
            if (record == null) {
                record = dsl.newRecord(MEMBER);
                record.setId(card.memberId());
                record.setIsSelf(false);
                record.setCreatedAt(now);
            } else if (hasKeys(record) && MemberStatus.valueOf(record.getStatus()) == MemberStatus.REMOVED) {
                if (!again) {
                    throw new MembershipException("Member " + card.memberId() + " (" + record.getDisplayName()
                            + ") was removed; to add them back, say so explicitly.");
                }
                record.setAddedAt(now);
            } else if (hasKeys(record) && !sameKeys(record, card)) {
                throw new MembershipException("Member " + card.memberId() + " (" + record.getDisplayName()
                        + ") is already a member with other keys; compare fingerprints, then remove them first"
                        + " if their keys really changed.");
            }
            record.setDisplayName(card.name());
            record.setSigningKey(card.signingKey());
            record.setAgeRecipient(card.ageRecipient());
            record.setStatus(MemberStatus.ACTIVE.name());
            record.setRemovedAt(null);
            record.store();
            return toMember(record);
        });
    }

    /** Removes a member: no longer a recipient, their later bundles refused. Removing a removed member changes nothing. */
    public Member remove(UUID id) {
        if (id.equals(log.memberId())) {
            throw new MembershipException("You cannot remove yourself; leave the household instead.");
        }
        return log.write(w -> {
            MemberRecord record =
                    w.dsl().selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOne();
            if (record == null || !hasKeys(record)) {
                throw new MembershipException("No member with id " + id + ".");
            }
            if (MemberStatus.valueOf(record.getStatus()) == MemberStatus.ACTIVE) {
                record.setStatus(MemberStatus.REMOVED.name());
                record.setRemovedAt(clock.instant());
                record.update();
            }
            return toMember(record);
        });
    }

    /**
     * Leaves the household, for this vault only: every other member is removed and the own key pairs are destroyed,
     * so no bundle made before can be opened with this vault any more and the next card carries new keys. The member
     * id, name and private accounts stay. Returns how many members were removed.
     */
    public int leave() {
        return log.write(w -> {
            int removed = w.dsl()
                    .update(MEMBER)
                    .set(MEMBER.STATUS, MemberStatus.REMOVED.name())
                    .set(MEMBER.REMOVED_AT, clock.instant())
                    .where(MEMBER.IS_SELF.isFalse())
                    .and(MEMBER.STATUS.eq(MemberStatus.ACTIVE.name()))
                    .execute();
            identity.destroy(w.dsl());
            return removed;
        });
    }

    private Member ownMember() {
        MemberKeys keys = identity.self();
        MemberRecord record = log.read(dsl ->
                dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(keys.memberId())).fetchSingle());
        return new Member(keys, true, MemberStatus.ACTIVE, addedAt(record), null);
    }

    private static boolean hasKeys(MemberRecord record) {
        return record.getSigningKey() != null && record.getAgeRecipient() != null;
    }

    private static boolean sameKeys(MemberRecord record, MemberKeys card) {
        return Arrays.equals(record.getSigningKey(), card.signingKey())
                && record.getAgeRecipient().equals(card.ageRecipient());
    }

    private static MemberKeys keys(MemberRecord record) {
        return new MemberKeys(
                record.getId(), record.getDisplayName(), record.getSigningKey(), record.getAgeRecipient());
    }

    private static Member toMember(MemberRecord record) {
        return new Member(
                keys(record),
                record.getIsSelf(),
                MemberStatus.valueOf(record.getStatus()),
                addedAt(record),
                record.getRemovedAt());
    }

    private static Instant addedAt(MemberRecord record) {
        return record.getAddedAt() != null ? record.getAddedAt() : record.getCreatedAt();
    }
}
