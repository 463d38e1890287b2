package app.nestegg.vault.household;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.nestegg.vault.ledger.LedgerFixture;
import app.nestegg.vault.store.Ids;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembersTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Members members;
    final OtherMember alice = new OtherMember("Alice");
    final OtherMember bob = new OtherMember("Bob");

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        members = fx.ledger.members();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private MemberKeys read(OtherMember member) {
        return MemberCard.read(member.card(), members.self().memberId());
    }

    @Test
    void addedMembersAreActiveRecipientsAndListedAfterOneself() {
        Instant start = fx.vaults.clock.instant();
        members.add(read(alice), false);
        fx.vaults.clock.advance(Duration.ofMinutes(1));
        members.add(read(bob), false);

        assertThat(members.activeMembers()).containsExactly(alice.member(), bob.member());
        assertThat(members.list())
                .extracting(m -> m.keys().name(), Member::self, Member::status)
                .containsExactly(
                        tuple("Me", true, MemberStatus.ACTIVE),
                        tuple("Alice", false, MemberStatus.ACTIVE),
                        tuple("Bob", false, MemberStatus.ACTIVE));
        Member added = members.member(alice.member().memberId()).orElseThrow();
        assertThat(added.addedAt()).isEqualTo(start);
        assertThat(added.fingerprint()).isEqualTo(Fingerprint.of(alice.member()));
        assertThat(members.isActiveMember(alice.member().memberId())).isTrue();
        assertThat(members.isActiveMember(members.self().memberId()))
                .as("one's own bundles are never merged")
                .isFalse();
        assertThat(members.member(Ids.newId())).isEmpty();
    }

    @Test
    void membershipNeverEntersTheChangeLog() {
        int before = fx.changeLogSize();
        members.add(read(alice), false);
        members.remove(alice.member().memberId());

        assertThat(fx.changeLogSize()).isEqualTo(before);
        int memberEntries =
                fx.session.database().read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.TABLE_NAME.like("member%")));
        assertThat(memberEntries).isZero();
    }

    @Test
    void addingTheSameCardAgainOnlyTakesItsName() {
        members.add(read(alice), false);
        OtherMember renamed = new OtherMember(alice.member().memberId(), "Alice B.");
        MemberKeys sameKeysNewName = new MemberKeys(
                alice.member().memberId(),
                "Alice B.",
                alice.member().signingKey(),
                alice.member().ageRecipient());

        members.add(sameKeysNewName, false);

        assertThat(renamed.member().name()).isEqualTo("Alice B.");
        assertThat(members.activeMembers()).containsExactly(sameKeysNewName);
    }

    @Test
    void aKnownMemberWithOtherKeysIsRefusedAndKeepsTheirKeys() {
        members.add(read(alice), false);
        OtherMember impostor = new OtherMember(alice.member().memberId(), "Alice");

        assertThatThrownBy(() -> members.add(read(impostor), false))
                .isInstanceOf(MembershipException.class)
                .hasMessageContaining("is already a member with other keys");
        assertThat(members.activeMembers()).containsExactly(alice.member());
    }

    @Test
    void aRemovedMemberIsNoRecipientAndComesBackOnlyWhenAskedExplicitly() {
        members.add(read(alice), false);
        fx.vaults.clock.advance(Duration.ofHours(1));
        Instant removedAt = fx.vaults.clock.instant();

        Member removed = members.remove(alice.member().memberId());

        assertThat(removed.status()).isEqualTo(MemberStatus.REMOVED);
        assertThat(removed.removedAt()).isEqualTo(removedAt);
        assertThat(members.activeMembers()).isEmpty();
        assertThat(members.isActiveMember(alice.member().memberId())).isFalse();
        assertThatThrownBy(() -> members.add(read(alice), false))
                .isInstanceOf(MembershipException.class)
                .hasMessageContaining("was removed; to add them back, say so explicitly");

        fx.vaults.clock.advance(Duration.ofHours(1));
        OtherMember aliceWithNewKeys = new OtherMember(alice.member().memberId(), "Alice");
        Member back = members.add(read(aliceWithNewKeys), true);

        assertThat(back.active()).isTrue();
        assertThat(back.removedAt()).isNull();
        assertThat(back.addedAt()).isEqualTo(fx.vaults.clock.instant());
        assertThat(members.activeMembers()).containsExactly(aliceWithNewKeys.member());
    }

    @Test
    void removingOneselfOrAnUnknownMemberIsRefused() {
        assertThatThrownBy(() -> members.remove(members.self().memberId()))
                .isInstanceOf(MembershipException.class)
                .hasMessage("You cannot remove yourself; leave the household instead.");
        UUID unknown = Ids.newId();
        assertThatThrownBy(() -> members.remove(unknown))
                .isInstanceOf(MembershipException.class)
                .hasMessage("No member with id " + unknown + ".");
    }

    @Test
    void onesOwnKeysCannotBeAddedAsAMember() {
        MemberKeys self = members.self();

        assertThatThrownBy(() -> members.add(self, false))
                .isInstanceOf(MembershipException.class)
                .hasMessage("This is your own card; add another member's card.");
    }

    @Test
    void leavingRemovesEveryoneAndMakesNewKeysOnNextUse() {
        members.add(read(alice), false);
        members.add(read(bob), false);
        members.identity().rename("Carol");
        MemberKeys before = members.self();

        int removed = members.leave();

        assertThat(removed).isEqualTo(2);
        assertThat(members.activeMembers()).isEmpty();
        assertThat(members.list()).filteredOn(m -> !m.self()).allMatch(m -> m.status() == MemberStatus.REMOVED);
        MemberKeys after = members.self();
        assertThat(after.memberId()).isEqualTo(before.memberId());
        assertThat(after.name()).isEqualTo("Carol");
        assertThat(after.ageRecipient()).isNotEqualTo(before.ageRecipient());
        assertThat(after.signingKey()).isNotEqualTo(before.signingKey());
        try (OwnKeys own = members.identity().ownKeys()) {
            assertThat(own.member()).isEqualTo(after);
        }
    }
}
