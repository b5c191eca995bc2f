package dev.wfi.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/** Visits every value of a JSON tree with its JSON pointer, parents before children. */
final class JsonWalk {

    private JsonWalk() {
    }

    static void each(JsonNode node, BiConsumer<String, JsonNode> visitor) {
        each("", node, visitor);
    }

    private static void each(String pointer, JsonNode node, BiConsumer<String, JsonNode> visitor) {
        visitor.accept(pointer, node);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                each(pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                each(pointer + "/" + i, node.get(i), visitor);
            }
        }
    }

    /** The last segment of a pointer, unescaped: the member name. */
    static String name(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }
}
