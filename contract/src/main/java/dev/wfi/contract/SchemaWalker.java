package dev.wfi.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks a JSON pointer through the contract's schemas, as {@code $ref}, {@code allOf} and arrays dictate. */
final class SchemaWalker {
    private final ComponentSchemas components;

    SchemaWalker(ComponentSchemas components) {
        this.components = components;
    }

    /** One step of a walk: the schema reached and the property schema that led there (null at the root). */
    record Step(String name, Schema<?> schema, Schema<?> declaration) {}

    /**
     * The schema at {@code pointer} below component {@code root}. When an instance is given, a
     * callback body is typed by its sibling {@code url}, as the contract's {@code x-wfi-body-by-url} says.
     */
    Optional<Step> walk(String root, String pointer, JsonNode instance) {
        Schema<?> start = components.get(root).orElse(null);
        if (start == null) {
            return Optional.empty();
        }
        Step step = new Step(root, start, null);
        JsonNode node = instance;
        for (String token : tokens(pointer)) {
            Schema<?> current = components.deref(step.schema());
            Optional<String> wrapped = ComponentSchemas.wrappedRef(current);
            if (wrapped.isPresent() && current.getProperties() == null) {
                current = components.get(wrapped.get()).orElse(current);
            }
            if (current == null) {
                return Optional.empty();
            }
            if (current.getItems() != null) {
                if (!token.equals("-") && !token.chars().allMatch(Character::isDigit)) {
                    return Optional.empty();
                }
                step = new Step(step.name(), current.getItems(), step.declaration());
                node = node == null ? null : node.get(token.equals("-") ? 0 : Integer.parseInt(token));
                continue;
            }
            Schema<?> property = components.properties(current).get(token);
            if (property == null) {
                return Optional.empty();
            }
            Schema<?> target = property;
            Optional<String> typedByUrl = typeByUrl(property, node);
            if (typedByUrl.isPresent()) {
                target = components.get(typedByUrl.get()).orElse(property);
            }
            step = new Step(token, target, property);
            node = node == null ? null : node.get(token);
        }
        return Optional.of(step);
    }

    /** Names of the properties an object at {@code pointer} may have; empty when unknown. */
    List<String> propertyNames(String root, String pointer, JsonNode instance) {
        return walk(root, pointer, instance)
                .map(step -> {
                    Schema<?> schema = components.deref(step.schema());
                    Optional<String> wrapped = ComponentSchemas.wrappedRef(schema);
                    if (wrapped.isPresent() && schema.getProperties() == null) {
                        schema = components.get(wrapped.get()).orElse(schema);
                    }
                    return (List<String>) new ArrayList<>(components.properties(schema).keySet());
                })
                .orElse(List.of());
    }

    private Optional<String> typeByUrl(Schema<?> property, JsonNode parent) {
        Object extension = property.getExtensions() == null ? null
                : property.getExtensions().get(ComponentSchemas.BODY_BY_URL_EXTENSION);
        if (!(extension instanceof Map<?, ?> byUrl) || parent == null || !parent.path("url").isTextual()) {
            return Optional.empty();
        }
        String url = parent.path("url").asText();
        String path = url.startsWith("/") ? url.substring(1) : url;
        int end = 0;
        while (end < path.length() && path.charAt(end) != '/' && path.charAt(end) != '?') {
            end++;
        }
        String segment = path.substring(0, end);
        for (Map.Entry<?, ?> entry : byUrl.entrySet()) {
            if (String.valueOf(entry.getKey()).equalsIgnoreCase(segment)) {
                return Optional.of(String.valueOf(entry.getValue()));
            }
        }
        return Optional.empty();
    }

    static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return tokens;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: '" + pointer + "' (must be empty or start with '/')");
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
