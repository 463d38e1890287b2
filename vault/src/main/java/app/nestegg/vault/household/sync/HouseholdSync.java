package app.nestegg.vault.household.sync;

import app.nestegg.vault.household.Member;
import app.nestegg.vault.household.MemberKeys;
import app.nestegg.vault.household.Members;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.household.bundle.Bundle;
import app.nestegg.vault.household.bundle.BundleEntries;
import app.nestegg.vault.household.bundle.BundleHeader;
import app.nestegg.vault.household.bundle.BundleReader;
import app.nestegg.vault.household.bundle.BundleRejectedException;
import app.nestegg.vault.household.bundle.BundleWriter;
import app.nestegg.vault.household.bundle.KnownMember;
import app.nestegg.vault.household.merge.HouseholdMerge;
import app.nestegg.vault.household.merge.MergeHistory;
import app.nestegg.vault.household.merge.MergeResult;
import app.nestegg.vault.household.merge.OwnChanges;
import app.nestegg.vault.household.merge.StateDigest;
import app.nestegg.vault.household.merge.StateDigests;
import app.nestegg.vault.ledger.Ledger;
import app.nestegg.vault.security.FieldCipher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Household sync for one unlocked vault: this member's changes written to a bundle file, another member's bundle
 * merged, and the digest members compare. The parts (identity, bundle format, merge rules) live in their own packages;
 * this is where they meet.
 */
public final class HouseholdSync {

    private final Ledger ledger;
    private final FieldCipher cipher;
    private final Clock clock;
    private final int schemaVersion;
    private final SyncSettings settings;

    public HouseholdSync(Ledger ledger, FieldCipher cipher, Clock clock, int schemaVersion) {
        this.ledger = ledger;
        this.cipher = cipher;
        this.clock = clock;
        this.schemaVersion = schemaVersion;
        this.settings = new SyncSettings(ledger.changeLog());
    }

    /**
     * Writes this member's changes made since the last bundle written this way, or all of them with {@code
     * everything}, encrypted to every active member. Nothing is written when there is nothing new.
     */
    public ExportedBundle exportBundle(Path target, boolean everything) {
        long after = everything ? 0 : settings.exportedUpTo();
        ExportedBundle written = write(target, after);
        written.header().ifPresent(header -> settings.setExportedUpTo(Math.max(after, header.lastHlc())));
        return written;
    }

    /** Writes the own entries after {@code afterHlc}, read as the bundle is written; no file when there are none. */
    ExportedBundle write(Path target, long afterHlc) {
        Members members = ledger.members();
        BundleEntries entries = new OwnChanges(ledger.changeLog(), cipher)
                .forBundle(afterHlc, ledger.privateAccounts().privateAccounts());
        List<MemberKeys> recipients = members.activeMembers();
        try (OwnKeys own = members.identity().ownKeys()) {
            Optional<BundleHeader> header =
                    new BundleWriter(clock, schemaVersion).writeIfAny(target, own, recipients, entries);
            return new ExportedBundle(target, header);
        }
    }

    /**
     * Checks the bundle (author, signature, recipient, schema, clock) and merges its entries in one transaction.
     *
     * @throws BundleRejectedException when the file is refused; nothing is applied then
     */
    public MergedBundle merge(Path file) {
        Members members = ledger.members();
        BundleReader reader = new BundleReader(
                clock,
                schemaVersion,
                id -> members.member(id).map(member -> new KnownMember(member.keys(), !member.active())));
        Bundle bundle;
        try (OwnKeys own = members.identity().ownKeys()) {
            bundle = reader.read(file, own);
        }
        BundleHeader header = bundle.header();
        if (header.authorId().equals(ledger.changeLog().memberId())) {
            return new MergedBundle(file, header, Optional.empty());
        }
        MergeResult result =
                new HouseholdMerge(ledger, cipher, clock).merge(header.bundleId(), header.authorId(), bundle.entries());
        return new MergedBundle(file, header, Optional.of(result));
    }

    /** The digest of the shared data: members who merged the same bundles show the same one. */
    public StateDigest digest() {
        return new StateDigests(ledger.changeLog(), cipher).digest();
    }

    /** What this vault merged, newest first. */
    public MergeHistory history() {
        return new MergeHistory(ledger.changeLog());
    }

    /** The member this vault is. */
    public Member self() {
        return ledger.members().member(ledger.members().self().memberId()).orElseThrow();
    }

    SyncSettings settings() {
        return settings;
    }

    Ledger ledger() {
        return ledger;
    }
}
