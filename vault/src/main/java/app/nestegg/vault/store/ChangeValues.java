package app.nestegg.vault.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The column values of a change-log entry as a JSON object. Numbers that are amounts or counts stay JSON numbers;
 * identifiers, dates, instants and decimals become strings in their ISO or plain form, and bytes (sealed fields stay
 * sealed) become Base64, so an entry reads the same on every member's machine.
 */
public final class ChangeValues {

    private ChangeValues() {}

    public static String encode(Map<String, Object> columns) {
        Map<String, Object> json = new LinkedHashMap<>();
        columns.forEach((name, value) -> json.put(name, jsonValue(value)));
        try {
            return Json.mapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode a change-log entry", e);
        }
    }

    public static Map<String, Object> decode(String json) {
        try {
            return Json.mapper().readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change-log entry is not valid JSON", e);
        }
    }

    private static Object jsonValue(Object value) {
        return switch (value) {
            case null -> null;
            case UUID id -> id.toString();
            case LocalDate date -> date.toString();
            case Instant instant -> instant.toString();
            case BigDecimal decimal -> decimal.toPlainString();
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Long number -> number;
            case Integer number -> number;
            case Boolean flag -> flag;
            case String text -> text;
            default -> value.toString();
        };
    }
}
