package app.nestegg.vault.household.sync;

import static app.nestegg.vault.store.generated.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.TestVaults;
import app.nestegg.vault.bank.BankProviderKind;
import app.nestegg.vault.household.Members;
import app.nestegg.vault.household.OwnKeys;
import app.nestegg.vault.household.bundle.Bundle;
import app.nestegg.vault.household.bundle.BundleReader;
import app.nestegg.vault.household.bundle.BundleRejectedException;
import app.nestegg.vault.household.bundle.BundleRejectedException.Reason;
import app.nestegg.vault.household.bundle.KnownMember;
import app.nestegg.vault.ledger.Account;
import app.nestegg.vault.ledger.AccountDetails;
import app.nestegg.vault.ledger.AccountDraft;
import app.nestegg.vault.ledger.AccountType;
import app.nestegg.vault.security.MfaEnrollment;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseholdSyncTest {

    @TempDir
    Path dir;

    private final TestVaults vaults = new TestVaults();
    private SyncMember alice;
    private SyncMember bob;

    @BeforeEach
    void twoMembers() {
        alice = new SyncMember(vaults, dir.resolve("alice"));
        bob = new SyncMember(vaults, dir.resolve("bob"));
        alice.invites(bob);
        bob.invites(alice);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void aBundleCarriesTheAuthorsChangesAndMergingItTwiceChangesNothing() {
        Account joint = alice.account("Joint");
        alice.spend(joint, "Bakery", "-4.20");
        Path file = dir.resolve("alice.nestegg-bundle");

        ExportedBundle exported = alice.sync().exportBundle(file, false);
        MergedBundle merged = bob.sync().merge(file);

        assertThat(exported.written()).isTrue();
        assertThat(merged.result().orElseThrow().applied()).isEqualTo(exported.entries());
        assertThat(bob.hasAccount("Joint")).isTrue();
        assertThat(bob.digest()).isEqualTo(alice.digest());

        String before = bob.digest();
        MergedBundle again = bob.sync().merge(file);
        assertThat(again.result().orElseThrow().applied()).isZero();
        assertThat(again.result().orElseThrow().alreadySeen()).isEqualTo(exported.entries());
        assertThat(bob.digest()).isEqualTo(before);
    }

    @Test
    void theNextBundleHoldsOnlyWhatIsNewUnlessEverythingIsAskedFor() {
        Account joint = alice.account("Joint");
        ExportedBundle first = alice.sync().exportBundle(dir.resolve("1.nestegg-bundle"), false);
        alice.spend(joint, "Bakery", "-4.20");
        ExportedBundle second = alice.sync().exportBundle(dir.resolve("2.nestegg-bundle"), false);
        ExportedBundle nothing = alice.sync().exportBundle(dir.resolve("3.nestegg-bundle"), false);
        ExportedBundle all = alice.sync().exportBundle(dir.resolve("4.nestegg-bundle"), true);

        assertThat(second.entries()).isPositive().isLessThan(first.entries());
        assertThat(nothing.written()).isFalse();
        assertThat(dir.resolve("3.nestegg-bundle")).doesNotExist();
        assertThat(all.entries()).isEqualTo(first.entries() + second.entries());

        bob.sync().merge(dir.resolve("2.nestegg-bundle"));
        bob.sync().merge(dir.resolve("1.nestegg-bundle"));
        assertThat(bob.digest()).isEqualTo(alice.digest());
    }

    @Test
    void privateAccountsStayHome() {
        Account mine = alice.account("My savings");
        alice.spend(mine, "Secret gift", "-50.00");
        alice.ledger().privateAccounts().markPrivate(mine.id());
        alice.account("Joint");
        Path file = dir.resolve("alice.nestegg-bundle");

        alice.sync().exportBundle(file, true);
        bob.sync().merge(file);

        assertThat(bob.hasAccount("Joint")).isTrue();
        assertThat(bob.hasAccount("My savings")).isFalse();
    }

    @Test
    void aBundleFromAMemberWhoWasRemovedIsRefusedAndNothingApplied() {
        alice.account("Joint");
        Path file = dir.resolve("alice.nestegg-bundle");
        alice.sync().exportBundle(file, false);
        bob.ledger().members().remove(alice.ledger().changeLog().memberId());
        String before = bob.digest();

        assertThatThrownBy(() -> bob.sync().merge(file))
                .isInstanceOfSatisfying(
                        BundleRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REMOVED_AUTHOR));
        assertThat(bob.digest()).isEqualTo(before);
        assertThat(bob.hasAccount("Joint")).isFalse();
    }

    @Test
    void aBundleFromAStrangerIsRefused() {
        try (SyncMember stranger = new SyncMember(vaults, dir.resolve("stranger"))) {
            stranger.invites(bob);
            stranger.account("Not yours");
            Path file = dir.resolve("stranger.nestegg-bundle");
            stranger.sync().exportBundle(file, false);

            assertThatThrownBy(() -> bob.sync().merge(file))
                    .isInstanceOfSatisfying(
                            BundleRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_AUTHOR));
            assertThat(bob.hasAccount("Not yours")).isFalse();
        }
    }

    @Test
    void aMemberAddedAfterABundleWasWrittenCannotReadIt() throws Exception {
        alice.account("Joint");
        Path file = dir.resolve("alice.nestegg-bundle");
        try (SyncMember carol = new SyncMember(vaults, dir.resolve("carol"))) {
            alice.sync().exportBundle(file, false);
            carol.invites(alice);
            alice.invites(carol);

            assertThatThrownBy(() -> carol.sync().merge(file))
                    .isInstanceOfSatisfying(
                            BundleRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_RECIPIENT));
            Path everything = dir.resolve("alice-all.nestegg-bundle");
            alice.sync().exportBundle(everything, true);
            carol.sync().merge(everything);
            assertThat(carol.hasAccount("Joint")).isTrue();
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void theOwnBundleIsRecognisedAndNotMerged() {
        alice.account("Joint");
        Path file = dir.resolve("alice.nestegg-bundle");
        alice.sync().exportBundle(file, false);
        String before = alice.digest();

        MergedBundle merged = alice.sync().merge(file);

        assertThat(merged.own()).isTrue();
        assertThat(alice.digest()).isEqualTo(before);
    }

    @Test
    void noSecretIsInTheDecryptedBundle() {
        MfaEnrollment mfa = alice.session.beginMfa("alice");
        alice.session.confirmMfa(vaults.codeFor(mfa.otpauthUri()));
        String token = "access-sandbox-7a1b2c3d-token";
        alice.ledger().bankConnections().add(BankProviderKind.PLAID, "First Bank", "item-1", token);
        alice.ledger()
                .providerCredentials()
                .save(BankProviderKind.PLAID, Map.of("client_id", "cid-456", "secret", "plaid-secret-abc"));
        alice.spend(alice.account("Joint"), "Bakery", "-4.20");
        Account home = alice.ledger()
                .accounts()
                .add(AccountDraft.of("House", AccountType.PROPERTY, Currency.getInstance("EUR"), BigDecimal.ZERO)
                        .withDetails(new AccountDetails("1 Elm Street", "12345", "1HGCM82633A004352")));
        Account hidden = alice.account("Hidden");
        alice.spend(hidden, "Zorblax present", "-30.00");
        alice.ledger().privateAccounts().markPrivate(hidden.id());
        Path file = dir.resolve("alice.nestegg-bundle");
        alice.sync().exportBundle(file, true);
        var sealedAddress = alice.session
                .database()
                .read(dsl -> dsl.select(ACCOUNT.ADDRESS_SEALED, ACCOUNT.VIN_SEALED)
                        .from(ACCOUNT)
                        .where(ACCOUNT.ID.eq(home.id()))
                        .fetchSingle());

        Members bobs = bob.ledger().members();
        Bundle bundle;
        try (OwnKeys reader = bobs.identity().ownKeys()) {
            bundle = new BundleReader(
                            vaults.clock,
                            bob.session.database().schemaVersion(),
                            id -> bobs.member(id).map(m -> new KnownMember(m.keys(), !m.active())))
                    .read(file, reader);
        }
        StringBuilder content = new StringBuilder();
        bundle.entries()
                .forEach(e -> content.append(e.table()).append(e.columns()).append('\n'));

        List<String> secrets = new ArrayList<>(List.of(
                token,
                "plaid-secret-abc",
                "cid-456",
                new String(mfa.manualEntrySecret()),
                Base64.getEncoder().encodeToString(TestVaults.secretOf(mfa.otpauthUri())),
                "bank_connection",
                "provider_credentials",
                "member_identity",
                "mfa",
                "backup_code",
                "audit_event"));
        mfa.backupCodes().forEach(code -> secrets.add(new String(code)));
        try (OwnKeys keys = alice.ledger().members().identity().ownKeys()) {
            secrets.add(new String(keys.ageIdentity()));
            secrets.add(Base64.getEncoder().encodeToString(keys.signingSeed()));
            secrets.add(HexFormat.of().formatHex(keys.signingSeed()));
        }
        assertThat(content).contains("Bakery", "1 Elm Street", "12345", "1HGCM82633A004352");
        secrets.add(Base64.getEncoder().encodeToString(sealedAddress.value1()));
        secrets.add(Base64.getEncoder().encodeToString(sealedAddress.value2()));
        secrets.add(hidden.id().toString());
        secrets.add("Zorblax");
        for (String secret : secrets) {
            assertThat(content.toString()).as("a secret or a secret table").doesNotContain(secret);
        }
    }
}
