package app.nestegg.vault.exchange.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jooq.Field;

/** Turns one JSON value of a row back into the stored type of its column; anything else is refused by name. */
final class RowValues {

    private RowValues() {}

    /** @throws IllegalArgumentException saying what was expected */
    static Object read(Field<?> field, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        Class<?> type = field.getType();
        try {
            if (type == String.class) {
                return text(node, "text");
            }
            if (type == UUID.class) {
                return UUID.fromString(text(node, "an id"));
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text(node, "a date"));
            }
            if (type == Instant.class) {
                return Instant.parse(text(node, "an instant"));
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text(node, "a decimal"));
            }
            if (type == Long.class) {
                return whole(node, Long.MIN_VALUE, Long.MAX_VALUE);
            }
            if (type == Integer.class) {
                return (int) whole(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            if (type == Boolean.class) {
                if (!node.isBoolean()) {
                    throw new IllegalArgumentException("expected true or false");
                }
                return node.booleanValue();
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + node.asText() + "' is not in the expected form");
        }
        throw new IllegalStateException("No export form for a column of type " + type.getName());
    }

    private static String text(JsonNode node, String what) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("expected " + what + " as a string");
        }
        return node.textValue();
    }

    private static long whole(JsonNode node, long min, long max) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("expected a whole number");
        }
        long value = node.longValue();
        if (value < min || value > max) {
            throw new IllegalArgumentException("the number " + value + " is out of range");
        }
        return value;
    }
}
