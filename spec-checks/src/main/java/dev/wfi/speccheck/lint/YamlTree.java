package dev.wfi.speccheck.lint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML (or JSON) document read into a Jackson tree together with the position of every JSON pointer, so a
 * finding about {@code /paths/~1a/get} can name the line. An object member's position is its key's.
 */
final class YamlTree {

    private static final YAMLFactory YAML = dev.wfi.contract.YamlLimits.factory();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final JsonNode root;
    private final Map<String, int[]> positions;

    private YamlTree(JsonNode root, Map<String, int[]> positions) {
        this.root = root;
        this.positions = positions;
    }

    /** @throws com.fasterxml.jackson.core.JsonProcessingException on a syntax error, with its location */
    static YamlTree read(String content) throws IOException {
        Map<String, int[]> positions = new HashMap<>();
        try (JsonParser parser = YAML.createParser(content)) {
            if (parser.nextToken() == null) {
                return new YamlTree(JSON.missingNode(), positions);
            }
            JsonNode root = new YamlTree(null, positions).node(parser, "");
            return new YamlTree(root, positions);
        }
    }

    /** Line and column of the pointer, or of its nearest ancestor present in the document; 1:1 at worst. */
    int[] position(String pointer) {
        String at = pointer;
        while (true) {
            int[] found = positions.get(at);
            if (found != null) {
                return found;
            }
            if (at.isEmpty()) {
                return new int[] {1, 1};
            }
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
    }

    boolean has(String pointer) {
        return positions.containsKey(pointer);
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private JsonNode node(JsonParser parser, String pointer) throws IOException {
        positions.putIfAbsent(pointer, position(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = JSON.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = pointer + '/' + escape(name);
                    positions.put(child, position(parser.currentTokenLocation()));
                    parser.nextToken();
                    object.set(name, node(parser, child));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = JSON.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node(parser, pointer + '/' + index++));
                }
                return array;
            }
            case VALUE_STRING -> {
                return JSON.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> JSON.numberNode(parser.getIntValue());
                    case LONG -> JSON.numberNode(parser.getLongValue());
                    default -> JSON.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return JSON.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return JSON.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return JSON.booleanNode(false);
            }
            case VALUE_NULL -> {
                return JSON.nullNode();
            }
            default -> {
                return JSON.textNode(parser.getText());
            }
        }
    }

    private static int[] position(JsonLocation location) {
        return new int[] {Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr())};
    }
}
