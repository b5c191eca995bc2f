package dev.wfi.errata.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Set;

/**
 * Values that stand for "put a real value here": the docs' generated samples write "displayName-value",
 * "Display Name value", or the type's own name ("String").
 */
final class Placeholders {

    private static final Set<String> TYPE_NAMES = Set.of("string", "int32", "int64", "boolean", "datetimeoffset", "guid");

    private Placeholders() {
    }

    /** A type's name where a value goes ("string", "Int32"). */
    static boolean isTypeName(JsonNode value) {
        return value.isTextual() && TYPE_NAMES.contains(value.asText().strip().toLowerCase(Locale.ROOT));
    }

    static boolean isPlaceholder(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String s = value.asText().strip().toLowerCase(Locale.ROOT);
        return s.endsWith("-value") || s.endsWith(" value") || TYPE_NAMES.contains(s);
    }
}
