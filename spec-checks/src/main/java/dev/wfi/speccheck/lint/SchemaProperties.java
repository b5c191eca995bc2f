package dev.wfi.speccheck.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Visits every schema that declares {@code properties}, anywhere in the document. */
final class SchemaProperties {

    @FunctionalInterface
    interface Visitor {
        void visit(JsonNode schema, String pointer);
    }

    private SchemaProperties() {
    }

    static void forEachObjectSchema(JsonNode node, String pointer, Visitor visitor) {
        if (node.isObject()) {
            if (node.path("properties").isObject()) {
                visitor.visit(node, pointer);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = pointer + '/' + YamlTree.escape(field.getKey());
                if (field.getKey().equals("properties") && field.getValue().isObject()) {
                    // a property may be called "properties"; its schema is one level further down
                    for (Iterator<Map.Entry<String, JsonNode>> props = field.getValue().fields(); props.hasNext(); ) {
                        Map.Entry<String, JsonNode> property = props.next();
                        forEachObjectSchema(property.getValue(), child + '/' + YamlTree.escape(property.getKey()), visitor);
                    }
                } else if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    forEachObjectSchema(field.getValue(), child, visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachObjectSchema(node.get(i), pointer + '/' + i, visitor);
            }
        }
    }
}
