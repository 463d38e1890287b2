package app.nestegg.vault.household.merge;

import app.nestegg.vault.household.merge.ReplicatedTables.Shared;
import app.nestegg.vault.security.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Sealed columns in the form they travel in: opened to text for a bundle or the digest, since each vault seals with
 * its own key. The context is the one {@code Accounts} seals with ({@code account.address:<id>}).
 */
final class SealedColumns {

    private SealedColumns() {}

    static String context(Shared table, UUID rowId, String column) {
        return table.name() + "." + column.replace("_sealed", "") + ":" + rowId;
    }

    /** The text of a sealed value in its change-log form (Base64), or null. */
    static String open(FieldCipher cipher, Shared table, UUID rowId, String column, Object logged) {
        if (logged == null) {
            return null;
        }
        byte[] sealed =
                logged instanceof byte[] bytes ? bytes : Base64.getDecoder().decode((String) logged);
        return new String(cipher.open(sealed, context(table, rowId, column)), StandardCharsets.UTF_8);
    }
}
