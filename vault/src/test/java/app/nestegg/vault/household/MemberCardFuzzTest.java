package app.nestegg.vault.household;

import app.nestegg.vault.store.Ids;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.UUID;

/** A member card's text is read or refused with a {@link MemberCardException} naming line and field (ADR 0038). */
class MemberCardFuzzTest {

    private static final UUID SELF = Ids.newId();

    @FuzzTest(maxDuration = "10s")
    void memberCardIsReadOrRefused(FuzzedDataProvider data) {
        try {
            MemberCard.read(data.consumeRemainingAsString(), SELF);
        } catch (MemberCardException expected) {
            // Refusing the card with a message is the correct outcome.
        }
    }
}
