package app.nestegg.vault.household.merge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.jooq.Field;

/**
 * Turns a column value in its change-log JSON form (see {@code ChangeValues}) back into the column's Java type, and
 * says what is wrong when it cannot: a value of the wrong kind, a string too long for its column, a null in a
 * required column.
 */
final class ColumnValues {

    private ColumnValues() {}

    static Object toColumn(Field<?> field, Object json) {
        if (json == null) {
            return null;
        }
        Class<?> type = field.getType();
        try {
            Object value = convert(type, json);
            if (value instanceof String text
                    && field.getDataType().hasLength()
                    && text.length() > field.getDataType().length()) {
                throw new IllegalArgumentException(
                        "longer than " + field.getDataType().length() + " characters");
            }
            return value;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "column " + ReplicatedTables.nameOf(field) + " cannot hold " + describe(json) + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static Object convert(Class<?> type, Object json) {
        if (type == UUID.class) {
            return UUID.fromString(text(json));
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text(json));
        } else if (type == Instant.class) {
            return Instant.parse(text(json));
        } else if (type == BigDecimal.class) {
            return new BigDecimal(text(json));
        } else if (type == byte[].class) {
            return Base64.getDecoder().decode(text(json));
        } else if (type == String.class) {
            return text(json);
        } else if (type == Boolean.class) {
            if (json instanceof Boolean flag) {
                return flag;
            }
            throw new IllegalArgumentException("not true or false");
        } else if (type == Long.class) {
            return whole(json);
        } else if (type == Integer.class) {
            return Math.toIntExact(whole(json));
        } else if (type == Short.class) {
            long value = whole(json);
            if (value != (short) value) {
                throw new IllegalArgumentException("out of range");
            }
            return (short) value;
        }
        throw new IllegalArgumentException("a column of type " + type.getSimpleName() + " is not shared");
    }

    private static String text(Object json) {
        if (json instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("not a string");
    }

    private static long whole(Object json) {
        if (json instanceof Integer || json instanceof Long) {
            return ((Number) json).longValue();
        }
        if (json instanceof java.math.BigInteger big) {
            return big.longValueExact();
        }
        throw new IllegalArgumentException("not a whole number");
    }

    private static String describe(Object json) {
        String text = String.valueOf(json);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
