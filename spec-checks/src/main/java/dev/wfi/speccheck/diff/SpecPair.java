package dev.wfi.speccheck.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.speccheck.lint.SpecDocument;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The old and the new spec, as trees (for the contract rules) and as parsed models (for openapi-diff). */
record SpecPair(SpecDocument oldSpec, SpecDocument newSpec, OpenAPI oldApi, OpenAPI newApi) {

    /** Component schemas by name. */
    static Map<String, JsonNode> schemas(SpecDocument spec) {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.root().path("components").path("schemas").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            schemas.put(entry.getKey(), entry.getValue());
        }
        return schemas;
    }

    static String schemaPointer(String name) {
        return "/components/schemas/" + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A schema's own properties, those of its inline {@code allOf} parts included, each with its pointer
     * (inherited properties belong to the referenced component and are compared there).
     */
    static Map<String, Located> properties(JsonNode schema, String pointer) {
        Map<String, Located> properties = new LinkedHashMap<>();
        collect(schema, pointer, properties);
        return properties;
    }

    record Located(JsonNode node, String pointer) {
    }

    private static void collect(JsonNode schema, String pointer, Map<String, Located> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            into.put(entry.getKey(), new Located(entry.getValue(),
                    pointer + "/properties/" + entry.getKey().replace("~", "~0").replace("/", "~1")));
        }
        JsonNode allOf = schema.path("allOf");
        for (int i = 0; i < allOf.size(); i++) {
            collect(allOf.get(i), pointer + "/allOf/" + i, into);
        }
    }

    /** Names of the component schemas a spec's responses (or request bodies) reach. */
    static Set<String> schemasReachedBy(SpecDocument spec, boolean responses) {
        List<JsonNode> start = new ArrayList<>();
        for (SpecDocument.Operation operation : spec.operations()) {
            start.addAll(responses ? SpecDocument.responses(operation) : SpecDocument.requestBodies(operation));
        }
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String pointer : spec.reachableComponents(start)) {
            if (pointer.startsWith("/components/schemas/")) {
                names.add(pointer.substring("/components/schemas/".length()).replace("~1", "/").replace("~0", "~"));
            }
        }
        return names;
    }

    /** Operations by {@code METHOD path}. */
    static Map<String, SpecDocument.Operation> operations(SpecDocument spec) {
        Map<String, SpecDocument.Operation> operations = new LinkedHashMap<>();
        spec.operations().forEach(operation -> operations.put(operation.label(), operation));
        return operations;
    }
}
