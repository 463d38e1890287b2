package app.nestegg.vault.household.merge;

import app.nestegg.vault.household.merge.ReplicatedTables.Shared;
import app.nestegg.vault.security.FieldCipher;
import app.nestegg.vault.store.ChangeLog;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Computes the {@link StateDigest} of a vault: every shared table in a fixed order, its rows by id, each column in
 * schema order as length-prefixed UTF-8 text (sealed columns opened, so each vault's own key does not matter; decimals
 * without trailing zeros; null marked apart from empty text). Rows are streamed, never all in memory.
 */
public final class StateDigests {

    private final ChangeLog log;
    private final FieldCipher cipher;

    public StateDigests(ChangeLog log, FieldCipher cipher) {
        this.log = log;
        this.cipher = cipher;
    }

    public StateDigest digest() {
        MessageDigest sha = sha256();
        log.read(dsl -> {
            for (Shared table : ReplicatedTables.inOrder()) {
                text(sha, table.name());
                try (Cursor<? extends Record> rows =
                        dsl.selectFrom(table.table()).orderBy(table.id()).fetchLazy()) {
                    for (Record row : rows) {
                        addRow(sha, table, row);
                    }
                }
            }
            return null;
        });
        return StateDigest.of(sha.digest());
    }

    private void addRow(MessageDigest sha, Shared table, Record row) {
        UUID id = row.get(table.id());
        for (Field<?> field : table.table().fields()) {
            String name = ReplicatedTables.nameOf(field);
            Object value = row.get(field);
            if (table.sealed().contains(name)) {
                value = SealedColumns.open(cipher, table, id, name, value);
            }
            text(sha, canonical(value));
        }
    }

    private static String canonical(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal decimal ->
                decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    private static void text(MessageDigest sha, String text) {
        if (text == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
