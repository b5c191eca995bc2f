package dev.wfi.errata.extract;

import java.util.Locale;
import java.util.Map;

/**
 * The sections every Graph reference page is built from, told apart by their anchor ({@code <a name="request-headers">}
 * on translated pages) or their English heading, never by translated words. A level-2 heading opens a section.
 */
public enum Section {
    /** Before the first level-2 heading: title and summary. */
    INTRODUCTION,
    PERMISSIONS,
    HTTP_REQUEST,
    QUERY_PARAMETERS,
    REQUEST_HEADERS,
    REQUEST_BODY,
    RESPONSE,
    EXAMPLES,
    METHODS,
    PROPERTIES,
    RELATIONSHIPS,
    JSON_REPRESENTATION,
    /** A section this list does not know (a heading in another language with no anchor, "See also"...). */
    OTHER;

    private static final Map<String, Section> KEYS = Map.ofEntries(
            Map.entry("permissions", PERMISSIONS),
            Map.entry("permission", PERMISSIONS),
            Map.entry("http-request", HTTP_REQUEST),
            Map.entry("optional-query-parameters", QUERY_PARAMETERS),
            Map.entry("query-parameters", QUERY_PARAMETERS),
            Map.entry("request-headers", REQUEST_HEADERS),
            Map.entry("request-header", REQUEST_HEADERS),
            Map.entry("request-body", REQUEST_BODY),
            Map.entry("response", RESPONSE),
            Map.entry("responses", RESPONSE),
            Map.entry("example", EXAMPLES),
            Map.entry("examples", EXAMPLES),
            Map.entry("methods", METHODS),
            Map.entry("properties", PROPERTIES),
            Map.entry("relationships", RELATIONSHIPS),
            Map.entry("json-representation", JSON_REPRESENTATION));

    /**
     * The section a level-2 heading opens, from its anchor name or, without one, its English text; an
     * "Example 1: ..." heading opens the examples too.
     */
    public static Section of(String anchor, String englishText) {
        String key = !anchor.isEmpty() ? anchor : slug(englishText);
        Section known = KEYS.get(key);
        if (known != null) {
            return known;
        }
        return key.startsWith("example-") || key.matches("example-?\\d.*") ? EXAMPLES : OTHER;
    }

    /** "Request headers" -> "request-headers", as the docs build makes anchors. */
    static String slug(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if ((c == ' ' || c == '-' || c == '_') && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }
}
