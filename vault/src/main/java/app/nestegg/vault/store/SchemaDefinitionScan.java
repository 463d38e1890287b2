package app.nestegg.vault.store;

import app.nestegg.vault.UnsafeVaultException;
import app.nestegg.vault.VaultDamagedException;
import app.nestegg.vault.VaultStateException;
import app.nestegg.vault.security.Wipe;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.mvstore.type.MetaType;
import org.h2.result.SearchRow;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Reads the schema definitions H2 keeps in its meta table straight from the storage layer, before H2 opens the
 * database, and refuses code-carrying objects. H2 compiles and runs a source-code trigger or alias while it opens a
 * database, so no query could inspect them in time; reading the meta table through the MVStore API sees every
 * definition, whether or not its pages are compressed, and runs nothing.
 */
final class SchemaDefinitionScan {

    /** The meta table: one row per schema object, its {@code CREATE} statement in the fourth column. */
    private static final String META_TABLE = "table.0";

    private static final int SQL_COLUMN = 3;
    private static final Pattern QUOTED_NAME = Pattern.compile("\"([^\"]{1,60})\"");

    private final VaultFolder folder;

    SchemaDefinitionScan(VaultFolder folder) {
        this.folder = folder;
    }

    /**
     * Throws {@link UnsafeVaultException} naming every definition Nest Egg's schema cannot contain (see
     * {@link SchemaStatementRule}), {@link VaultDamagedException} when definitions are garbled (a damaged page decrypts
     * to noise, not to SQL), or {@link VaultStateException} when another process has the file open.
     */
    void refuseCodeCarryingObjects(char[] filePassword) {
        Set<String> found = new LinkedHashSet<>();
        int garbled = 0;
        MVStore store = null;
        try {
            store = new MVStore.Builder()
                    .fileName(folder.databaseFile().toString())
                    .encryptionKey(storeKey(filePassword))
                    .readOnly()
                    .open();
            TransactionStore transactions =
                    new TransactionStore(store, new MetaType<>(null, null), new ValueDataType(), 0);
            transactions.init();
            Transaction reader = transactions.begin();
            TransactionMap<Object, Object> meta = reader.openMap(META_TABLE);
            for (Map.Entry<Object, Object> row : meta.entrySet()) {
                String sql = ((SearchRow) row.getValue()).getValue(SQL_COLUMN).getString();
                if (SchemaStatementRule.garbled(sql)) {
                    garbled++;
                } else {
                    SchemaStatementRule.refusal(sql).ifPresent(what -> found.add(what + " " + name(sql)));
                }
            }
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new VaultStateException("The vault is already open in another Nest Egg window or command.");
            }
            throw damaged(e);
        } catch (RuntimeException e) {
            throw damaged(e);
        } finally {
            if (store != null) {
                store.closeImmediately();
            }
        }
        if (!found.isEmpty()) {
            throw new UnsafeVaultException("The vault database defines what Nest Egg never creates ("
                    + String.join(", ", found) + "). It was not opened, so nothing in it was run.");
        }
        if (garbled > 0) {
            throw new VaultDamagedException(
                    folder.databaseFile(),
                    garbled + " of its schema definitions are garbled; it was not opened",
                    folder.newestBackup());
        }
    }

    private VaultDamagedException damaged(RuntimeException e) {
        VaultDamagedException damaged = new VaultDamagedException(
                folder.databaseFile(), "its schema cannot be read: " + e.getMessage(), folder.newestBackup());
        damaged.initCause(e);
        return damaged;
    }

    /** The quoted name of the object a statement defines, for the message; "?" when there is none. */
    private static String name(String sql) {
        Matcher matcher = QUOTED_NAME.matcher(sql);
        String last = "?";
        int found = 0;
        while (matcher.find() && found < 2) {
            last = matcher.group(1);
            found++;
        }
        return last;
    }

    /** The key H2 2.4 hands its MVStore for {@code CIPHER=AES} with this file password (see ConnectionInfo, Store). */
    private static char[] storeKey(char[] filePassword) {
        byte[] passwordBytes = FilePathEncrypt.getPasswordBytes(filePassword);
        char[] key = new char[passwordBytes.length / 2];
        for (int i = 0; i < key.length; i++) {
            key[i] = (char) (((passwordBytes[i + i] & 255) << 16) | (passwordBytes[i + i + 1] & 255));
        }
        Wipe.bytes(passwordBytes);
        return key;
    }
}
