package app.nestegg.vault.household;

import static app.nestegg.vault.store.generated.Tables.CHANGE_LOG;
import static app.nestegg.vault.store.generated.Tables.MEMBER_IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nestegg.vault.VaultSession;
import app.nestegg.vault.exchange.export.ExportProgress;
import app.nestegg.vault.ledger.LedgerFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityTest {

    @TempDir
    Path folder;

    LedgerFixture fx;
    Identity identity;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(folder);
        identity = fx.ledger.members().identity();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theIdentityIsTheSelfMemberWithKeysMadeOnceOnFirstUse() {
        int entriesBefore = fx.changeLogSize();

        MemberKeys first = identity.self();
        MemberKeys again = identity.self();

        assertThat(first.memberId()).isEqualTo(fx.ledger.changeLog().memberId());
        assertThat(first.name()).isEqualTo("Me");
        assertThat(first.ageRecipient()).startsWith("age1");
        assertThat(again).isEqualTo(first);
        assertThat(fx.changeLogSize())
                .as("identity never enters the change log")
                .isEqualTo(entriesBefore);
    }

    @Test
    void theKeysSurviveLockingAndTheOwnKeysSignForThePublicKeyAndAreWipedOnClose() {
        MemberKeys self = identity.self();
        fx.session.lock();

        try (VaultSession session = fx.vaults.unlock(folder.resolve("vault"))) {
            Identity reopened = session.ledger().members().identity();
            assertThat(reopened.self()).isEqualTo(self);
            OwnKeys own = reopened.ownKeys();
            byte[] data = "a bundle".getBytes(StandardCharsets.UTF_8);
            assertThat(Ed25519.verify(self.signingKey(), data, Ed25519.sign(own.signingSeed(), data)))
                    .isTrue();
            assertThat(new String(own.ageIdentity())).startsWith("AGE-SECRET-KEY-1");
            own.close();
            assertThat(own.signingSeed()).containsOnly(0);
            assertThat(own.ageIdentity()).containsOnly('\0');
        }
    }

    @Test
    void renamingChangesTheNameOnTheCardAndRefusesABlankName() {
        identity.rename("  Alice  ");

        assertThat(identity.self().name()).isEqualTo("Alice");
        assertThat(identity.card()).contains("\nname: Alice\n");
        assertThatThrownBy(() -> identity.rename(" "))
                .isInstanceOf(MembershipException.class)
                .hasMessage("a member's name is not blank");
        assertThatThrownBy(() -> identity.rename("two\nlines"))
                .isInstanceOf(MembershipException.class)
                .hasMessage("a member's name holds no control characters");
    }

    @Test
    void theOwnCardReadsBackInAnotherVault() {
        String card = identity.card();

        assertThat(MemberCard.read(card, new OtherMember("Bob").member().memberId()))
                .isEqualTo(identity.self());
    }

    @Test
    void privateKeysAreSealedInTheDatabaseAndAbsentFromTheFileTheChangeLogAndAnExport() throws IOException {
        String ageIdentity;
        String seed;
        try (OwnKeys own = identity.ownKeys()) {
            ageIdentity = new String(own.ageIdentity());
            seed = Base64.getEncoder().encodeToString(own.signingSeed());
        }
        byte[] sealedAge = fx.session
                .database()
                .read(dsl -> dsl.select(MEMBER_IDENTITY.AGE_IDENTITY_SEALED)
                        .from(MEMBER_IDENTITY)
                        .fetchSingle(MEMBER_IDENTITY.AGE_IDENTITY_SEALED));
        assertThat(new String(sealedAge, StandardCharsets.ISO_8859_1)).doesNotContain(ageIdentity);
        List<String> logged =
                fx.session.database().read(dsl -> dsl.selectFrom(CHANGE_LOG).fetch(CHANGE_LOG.CHANGED_COLUMNS));
        assertThat(logged).noneMatch(columns -> columns.contains("AGE-SECRET-KEY") || columns.contains(seed));
        String recipient = identity.self().ageRecipient();
        Path export = folder.resolve("export.zip");
        fx.session.exporter().export(export, Optional.empty(), ExportProgress.NONE);
        fx.close();

        String file = new String(Files.readAllBytes(folder.resolve("vault/vault.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain(ageIdentity).doesNotContain("AGE-SECRET-KEY-1");
        assertThat(unzipped(export)).doesNotContain("AGE-SECRET-KEY-1").doesNotContain(recipient);
    }

    private static String unzipped(Path zip) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
