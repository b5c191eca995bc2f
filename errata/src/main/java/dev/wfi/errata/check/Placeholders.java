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

    static boolean isPlaceholder(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String s = value.asText().strip().toLowerCase(Locale.ROOT);
        return s.endsWith("-value") || s.endsWith(" value") || TYPE_NAMES.contains(s);
    }
}
