package dev.wfi.errata.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON body of an example, parsed with Jackson's streaming parser so that every value keeps the
 * page position of its token. A body that does not parse keeps its text and the first syntax error.
 */
public final class JsonBody {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    /** Reads a body whose only fault is trailing commas, so the rest of it can still be checked. */
    private static final JsonFactory TRAILING_COMMAS = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DUPLICATE = "#duplicate";
    /** Deeper nesting than any real payload; stops a hostile page from exhausting the stack. */
    private static final int MAX_DEPTH = 200;

    private final List<String> lines;
    private final int firstLine;
    private final JsonNode node;
    private final SyntaxError syntaxError;
    private final Map<String, JsonLocation> locations;
    private final List<String> duplicateKeys;
    private final Map<String, int[]> valueEnds;
    private final List<TrailingComma> trailingCommas;

    /** A comma JSON does not allow, and the closing bracket it stands before. */
    public record TrailingComma(JsonLocation at, char before) {
    }

    /** A syntax error at a page position, with Jackson's message reduced to its first line. */
    public record SyntaxError(JsonLocation location, String message) {
    }

    private JsonBody(List<String> lines, int firstLine, JsonNode node, SyntaxError syntaxError,
                     Map<String, JsonLocation> locations, List<String> duplicateKeys) {
        this(lines, firstLine, node, syntaxError, locations, duplicateKeys, Map.of());
    }

    private JsonBody(List<String> lines, int firstLine, JsonNode node, SyntaxError syntaxError,
                     Map<String, JsonLocation> locations, List<String> duplicateKeys, Map<String, int[]> valueEnds) {
        this(lines, firstLine, node, syntaxError, locations, duplicateKeys, valueEnds, List.of());
    }

    private JsonBody(List<String> lines, int firstLine, JsonNode node, SyntaxError syntaxError,
                     Map<String, JsonLocation> locations, List<String> duplicateKeys, Map<String, int[]> valueEnds,
                     List<TrailingComma> trailingCommas) {
        this.trailingCommas = List.copyOf(trailingCommas);
        this.valueEnds = Map.copyOf(valueEnds);
        this.lines = List.copyOf(lines);
        this.firstLine = firstLine;
        this.node = node;
        this.syntaxError = syntaxError;
        this.locations = Map.copyOf(locations);
        this.duplicateKeys = List.copyOf(duplicateKeys);
    }

    /**
     * Parses the given whole page lines, the first of which is page line {@code firstLine}. A body whose only fault is
     * trailing commas is read as if they were not there, and lists them ({@link #trailingCommas()}).
     */
    public static JsonBody parse(List<String> bodyLines, int firstLine) {
        JsonBody strict = parse(bodyLines, firstLine, FACTORY);
        if (strict.syntaxError == null) {
            return strict;
        }
        JsonBody lenient = parse(bodyLines, firstLine, TRAILING_COMMAS);
        return lenient.syntaxError == null && !lenient.trailingCommas.isEmpty() ? lenient : strict;
    }

    private static JsonBody parse(List<String> bodyLines, int firstLine, JsonFactory factory) {
        Map<String, JsonLocation> locations = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        String text = String.join("\n", bodyLines);
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new JsonBody(bodyLines, firstLine, null,
                        new SyntaxError(new JsonLocation(firstLine, 1), "empty body"), locations, duplicates);
            }
            Builder builder = new Builder(parser, bodyLines, firstLine, locations, duplicates);
            Map<String, int[]> valueEnds = builder.valueEnds;
            JsonNode root = builder.value("", first, 0);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                return new JsonBody(bodyLines, firstLine, null, new SyntaxError(builder.here(),
                        "unexpected " + describe(parser) + " after the end of the JSON value"), locations, duplicates);
            }
            return new JsonBody(bodyLines, firstLine, root, null, locations, duplicates, valueEnds, builder.trailingCommas);
        } catch (JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            JsonLocation where = at == null ? new JsonLocation(firstLine, 1)
                    : new JsonLocation(firstLine + Math.max(at.getLineNr(), 1) - 1, Math.max(at.getColumnNr(), 1));
            return new JsonBody(bodyLines, firstLine, null, new SyntaxError(where, firstLine(e.getOriginalMessage())),
                    locations, duplicates);
        } catch (IOException | RuntimeException e) {
            return new JsonBody(bodyLines, firstLine, null,
                    new SyntaxError(new JsonLocation(firstLine, 1), "unreadable JSON: " + e.getMessage()), locations, duplicates);
        }
    }

    public Optional<JsonNode> node() {
        return Optional.ofNullable(node);
    }

    public Optional<SyntaxError> syntaxError() {
        return Optional.ofNullable(syntaxError);
    }

    /** Where the body has a comma before a closing bracket, which JSON does not allow; empty for valid JSON. */
    public List<TrailingComma> trailingCommas() {
        return trailingCommas;
    }

    /** The comma just before page position {@code at} (blank space between, over lines), if there is one. */
    public Optional<JsonLocation> commaBefore(JsonLocation at) {
        return commaBefore(lines, firstLine, at);
    }

    private static Optional<JsonLocation> commaBefore(List<String> lines, int firstLine, JsonLocation at) {
        int line = at.line() - firstLine;
        int column = at.column() - 1;
        while (line >= 0 && line < lines.size()) {
            String text = lines.get(line);
            for (int c = Math.min(column, text.length()) - 1; c >= 0; c--) {
                char ch = text.charAt(c);
                if (!Character.isWhitespace(ch)) {
                    return ch == ',' ? Optional.of(new JsonLocation(firstLine + line, c + 1)) : Optional.empty();
                }
            }
            line--;
            column = Integer.MAX_VALUE;
        }
        return Optional.empty();
    }

    /** The body's lines as they stand in the page. */
    public List<String> lines() {
        return lines;
    }

    public int firstLine() {
        return firstLine;
    }

    public int lastLine() {
        return firstLine + lines.size() - 1;
    }

    /** JSON pointers of object members whose key appears twice in the same object. */
    public List<String> duplicateKeys() {
        return duplicateKeys;
    }

    /**
     * Where the token for {@code pointer} starts: the member's key for object members, the value
     * for array items and the root. Falls back to the nearest located ancestor.
     */
    public JsonLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation at = locations.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new JsonLocation(firstLine, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * The span of a scalar value's token (a string with its quotes) on its line: start column and end column,
     * exclusive; empty for objects, arrays and pointers the body does not have.
     */
    public Optional<JsonSpan> valueSpan(String pointer) {
        int[] span = valueEnds.get(pointer);
        return span == null ? Optional.empty() : Optional.of(new JsonSpan(span[0], span[1], span[2]));
    }

    /** A token's place on one page line: 1-based columns, the end exclusive. */
    public record JsonSpan(int line, int column, int endColumn) {
    }

    /** Where the second occurrence of a duplicated key stands. */
    public JsonLocation locateDuplicate(String pointer) {
        JsonLocation at = locations.get(pointer + DUPLICATE);
        return at != null ? at : locate(pointer);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String describe(JsonParser parser) throws IOException {
        String text = parser.getText();
        return text == null ? "token" : "'" + text + "'";
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Builds the tree from the token stream, recording positions as it goes. */
    private static final class Builder {
        private final JsonParser parser;
        private final int firstLine;
        private final Map<String, JsonLocation> locations;
        private final List<String> duplicates;
        private final Map<String, int[]> valueEnds = new HashMap<>();
        private final List<String> lines;
        private final List<TrailingComma> trailingCommas = new ArrayList<>();

        Builder(JsonParser parser, List<String> lines, int firstLine, Map<String, JsonLocation> locations, List<String> duplicates) {
            this.parser = parser;
            this.lines = lines;
            this.firstLine = firstLine;
            this.locations = locations;
            this.duplicates = duplicates;
        }

        /** At a closing bracket: notes a comma just before it (only a lenient parser gets here past one). */
        void closed(char bracket) {
            commaBefore(lines, firstLine, here()).ifPresent(comma -> trailingCommas.add(new TrailingComma(comma, bracket)));
        }

        JsonLocation here() {
            com.fasterxml.jackson.core.JsonLocation at = parser.currentTokenLocation();
            return new JsonLocation(firstLine + at.getLineNr() - 1, at.getColumnNr());
        }

        JsonNode value(String pointer, JsonToken token, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "nesting deeper than " + MAX_DEPTH + " levels");
            }
            locations.putIfAbsent(pointer, here());
            if (token.isScalarValue()) {
                JsonLocation start = here();
                parser.finishToken(); // a string is read lazily: its end is known once it is read
                com.fasterxml.jackson.core.JsonLocation end = parser.currentLocation();
                if (firstLine + end.getLineNr() - 1 == start.line()) {
                    valueEnds.put(pointer, new int[] {start.line(), start.column(), end.getColumnNr()});
                }
            }
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        String child = pointer + "/" + escape(name);
                        JsonLocation keyAt = here();
                        if (object.has(name)) {
                            duplicates.add(child);
                            locations.put(child + DUPLICATE, keyAt);
                        } else {
                            locations.put(child, keyAt);
                        }
                        object.set(name, value(child, parser.nextToken(), depth + 1));
                    }
                    closed('}');
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = NODES.arrayNode();
                    JsonToken t;
                    int index = 0;
                    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                        array.add(value(pointer + "/" + index++, t, depth + 1));
                    }
                    closed(']');
                    return array;
                }
                case VALUE_STRING -> {
                    return NODES.textNode(parser.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    return NODES.numberNode(parser.getDecimalValue());
                }
                case VALUE_TRUE -> {
                    return NODES.booleanNode(true);
                }
                case VALUE_FALSE -> {
                    return NODES.booleanNode(false);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected token " + token);
            }
        }
    }
}
