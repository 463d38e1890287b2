package app.nestegg.vault.household;

import app.nestegg.vault.fuzz.SeedDamage;
import app.nestegg.vault.store.Ids;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A member card's text is read or refused with a {@link MemberCardException} naming line and field (ADR 0038). */
class MemberCardFuzzTest {

    private static final UUID SELF = Ids.newId();
    private static final SeedDamage CARDS = SeedDamage.of(MemberCardFuzzTest.class, "memberCardIsReadOrRefused");

    @FuzzTest(maxDuration = "10s")
    void memberCardIsReadOrRefused(byte[] raw) {
        byte[] card = CARDS.input(raw);
        CARDS.keepIfItFails(card, () -> {
            try {
                MemberCard.read(new String(card, StandardCharsets.UTF_8), SELF);
            } catch (MemberCardException expected) {
                // Refusing the card with a message is the correct outcome.
            }
        });
    }
}
