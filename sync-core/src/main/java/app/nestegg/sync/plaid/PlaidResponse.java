package app.nestegg.sync.plaid;

import app.nestegg.sync.provider.ProviderException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A successful Plaid answer being read: each getter says whether the field may be missing or null, and a required
 * field that is absent or of the wrong type becomes {@link PlaidErrors#malformed}, naming the field.
 */
final class PlaidResponse {

    private final String endpoint;
    private final int httpStatus;
    private final JsonNode root;

    PlaidResponse(String endpoint, int httpStatus, JsonNode root) {
        this.endpoint = endpoint;
        this.httpStatus = httpStatus;
        this.root = root;
    }

    JsonNode root() {
        return root;
    }

    /** A field that must be an object. */
    JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw missing(field, "an object");
        }
        return value;
    }

    /** A field that may be missing or null, else an object. */
    JsonNode optionalObject(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw missing(field, "an object or null");
        }
        return value;
    }

    /** A field that must be an array (Plaid always sends required arrays, even empty ones). */
    List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw missing(field, "an array");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    /** A field that may be missing or null, else an array; empty when missing. */
    List<JsonNode> optionalArray(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        return array(node, field);
    }

    String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw missing(field, "a string");
        }
        return value.asText();
    }

    String optionalText(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw missing(field, "a string or null");
        }
        return value.asText();
    }

    boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw missing(field, "true or false");
        }
        return value.booleanValue();
    }

    /** A JSON number read exactly as written (the mapper reads floats as {@link BigDecimal}, never as double). */
    BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw missing(field, "a number");
        }
        return value.decimalValue();
    }

    BigDecimal optionalDecimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return decimal(node, field);
    }

    LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw missing(field, "a date (YYYY-MM-DD)");
        }
    }

    LocalDate optionalDate(JsonNode node, String field) {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw missing(field, "a date (YYYY-MM-DD) or null");
        }
    }

    Instant optionalInstant(JsonNode node, String field) {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw missing(field, "a date-time or null");
        }
    }

    Instant instant(JsonNode node, String field) {
        Instant value = optionalInstant(node, field);
        if (value == null) {
            throw missing(field, "a date-time");
        }
        return value;
    }

    /** {@code iso_currency_code}, or {@code unofficial_currency_code} when Plaid sent that instead (crypto). */
    String currency(JsonNode node) {
        if (node == null) {
            return null;
        }
        String iso = optionalText(node, "iso_currency_code");
        return iso != null ? iso : optionalText(node, "unofficial_currency_code");
    }

    private ProviderException missing(String field, String expected) {
        return PlaidErrors.malformed(endpoint, httpStatus, "'" + field + "' missing or not " + expected);
    }
}
