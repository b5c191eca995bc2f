package dev.wfi.errata.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Every value of a JSON tree with its JSON pointer, parents before children. */
final class JsonWalk {

    /** One value of the tree and where it is. */
    record Visit(String pointer, JsonNode value) {
    }

    private JsonWalk() {
    }

    /** The values of {@code node}, root first; {@link PageContext#walk} keeps one list per example for all rules. */
    static List<Visit> of(JsonNode node) {
        List<Visit> visits = new ArrayList<>();
        add("", node, visits);
        return visits;
    }

    private static void add(String pointer, JsonNode node, List<Visit> visits) {
        visits.add(new Visit(pointer, node));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                add(pointer + "/" + escape(e.getKey()), e.getValue(), visits);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                add(pointer + "/" + i, node.get(i), visits);
            }
        }
    }

    private static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }

    /** The last segment of a pointer, unescaped: the member name. */
    static String name(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.indexOf('~') < 0 ? last : last.replace("~1", "/").replace("~0", "~");
    }
}
