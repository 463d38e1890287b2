package app.nestegg.vault.household;

import app.nestegg.vault.store.Ids;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Another household member made without a vault: fresh keys, its card, and a way to sign an edited card. */
final class OtherMember {

    final OwnKeys keys;

    OtherMember(String name) {
        this(Ids.newId(), name);
    }

    OtherMember(UUID id, String name) {
        Ed25519.Pair signing = Ed25519.generate();
        AgeKeys.Pair age = AgeKeys.generate();
        keys = new OwnKeys(
                new MemberKeys(id, name, signing.publicKey(), age.recipient()), signing.seed(), age.identity());
    }

    MemberKeys member() {
        return keys.member();
    }

    String card() {
        return MemberCard.write(keys);
    }

    /** The signed lines as given, then a signature over them by this member's key: a card edited by its owner. */
    String signed(String lines) {
        byte[] signature = Ed25519.sign(keys.signingSeed(), lines.getBytes(StandardCharsets.UTF_8));
        return lines + "signature: " + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /** The card's lines without the signature line. */
    String unsignedLines() {
        String card = card();
        return card.substring(0, card.indexOf("signature: "));
    }
}
