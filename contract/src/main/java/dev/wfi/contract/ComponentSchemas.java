package dev.wfi.contract;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The component schemas of a contract and the questions every reader of them asks. */
final class ComponentSchemas {
    static final String REF_PREFIX = "#/components/schemas/";
    static final String FLAGS_EXTENSION = "x-ms-enum-flags";
    static final String AVAILABILITY_EXTENSION = "x-wfi-availability";
    static final String BODY_BY_URL_EXTENSION = "x-wfi-body-by-url";
    /** Graph's OpenType: the type carries properties beyond those it declares (identitySet, identity and their subtypes). */
    static final String OPEN_TYPE_EXTENSION = "x-wfi-open-type";
    static final String UNKNOWN_FUTURE_VALUE = "unknownFutureValue";

    private final Map<String, Schema<?>> schemas;
    private final Map<Identity, Map<String, Schema<?>>> propertiesBySchema = new java.util.concurrent.ConcurrentHashMap<>();

    ComponentSchemas(Map<String, Schema> schemas) {
        Map<String, Schema<?>> copy = new LinkedHashMap<>();
        if (schemas != null) {
            schemas.forEach((name, schema) -> copy.put(name, schema));
        }
        this.schemas = Collections.unmodifiableMap(copy);
    }

    Map<String, Schema<?>> all() {
        return schemas;
    }

    Optional<Schema<?>> get(String name) {
        return Optional.ofNullable(schemas.get(name));
    }

    /** The component name a {@code $ref} points at, or empty for a ref outside the component schemas. */
    static Optional<String> refName(Schema<?> schema) {
        String ref = schema == null ? null : schema.get$ref();
        if (ref == null || !ref.startsWith(REF_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(ref.substring(REF_PREFIX.length()));
    }

    /** Follows a {@code $ref}, or returns the schema itself. */
    Schema<?> deref(Schema<?> schema) {
        Schema<?> current = schema;
        for (int guard = 0; current != null && current.get$ref() != null && guard < 32; guard++) {
            current = refName(current).map(schemas::get).orElse(null);
        }
        return current;
    }

    /**
     * The component that a property wraps: a direct {@code $ref}, or an {@code allOf} with a single
     * {@code $ref} (the OpenAPI 3.0 way to add {@code nullable} or a description to a reference).
     */
    static Optional<String> wrappedRef(Schema<?> schema) {
        if (schema == null) {
            return Optional.empty();
        }
        if (schema.get$ref() != null) {
            return refName(schema);
        }
        List<Schema> allOf = schema.getAllOf();
        if (allOf != null && allOf.size() == 1 && schema.getProperties() == null) {
            return refName(allOf.get(0));
        }
        return Optional.empty();
    }

    /** True when {@code allOf} composes a type from a parent and own properties (inheritance). */
    static boolean isInheritance(Schema<?> schema) {
        List<Schema> allOf = schema.getAllOf();
        return allOf != null && allOf.size() > 1;
    }

    boolean isEnum(Schema<?> schema) {
        return schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty();
    }

    static boolean isOpenType(Schema<?> schema) {
        return schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get(OPEN_TYPE_EXTENSION));
    }

    static boolean isFlagEnum(Schema<?> schema) {
        if (schema == null || schema.getExtensions() == null) {
            return false;
        }
        Object flags = schema.getExtensions().get(FLAGS_EXTENSION);
        return flags instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("isFlags"));
    }

    static List<String> enumMembers(Schema<?> schema) {
        List<String> members = new ArrayList<>();
        for (Object member : schema.getEnum()) {
            if (member != null) {
                members.add(String.valueOf(member));
            }
        }
        return members;
    }

    /** True for schemas whose instances are JSON objects with declared properties. */
    boolean isObjectLike(Schema<?> schema) {
        Schema<?> resolved = deref(schema);
        if (resolved == null) {
            return false;
        }
        if ("object".equals(resolved.getType()) || resolved.getProperties() != null) {
            return true;
        }
        if (resolved.getAllOf() != null) {
            for (Schema<?> member : resolved.getAllOf()) {
                if (isObjectLike(member)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Component schemas that make themselves up through {@code $ref}, {@code allOf}, {@code oneOf}, {@code anyOf} or
     * {@code not} alone ({@code a -> b -> a}): no value can be checked against them, a validator recurses without end.
     * A cycle through {@code properties} or {@code items} is a recursive type and fine.
     *
     * @return the first such cycle, its first name repeated at the end, or empty
     */
    Optional<List<String>> compositionCycle() {
        Map<String, Boolean> done = new java.util.HashMap<>(); // false while on the path, true when finished
        for (String name : schemas.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> cycle = cycleFrom(name, path, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> cycleFrom(String name, List<String> path, Map<String, Boolean> done) {
        Boolean state = done.get(name);
        if (state != null) {
            if (state) {
                return Optional.empty();
            }
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            return Optional.of(cycle);
        }
        done.put(name, false);
        path.add(name);
        List<String> next = new ArrayList<>();
        composedOf(schemas.get(name), next, 0);
        for (String target : next) {
            if (schemas.containsKey(target)) {
                Optional<List<String>> cycle = cycleFrom(target, path, done);
                if (cycle.isPresent()) {
                    return cycle;
                }
            }
        }
        path.remove(path.size() - 1);
        done.put(name, true);
        return Optional.empty();
    }

    /** The components a schema is composed of, through refs and composition keywords of inline schemas. */
    private static void composedOf(Schema<?> schema, List<String> into, int depth) {
        if (schema == null || depth > 64) {
            return;
        }
        Optional<String> ref = refName(schema);
        if (ref.isPresent()) {
            into.add(ref.get());
            return;
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (parts != null) {
                parts.forEach(part -> composedOf(part, into, depth + 1));
            }
        }
        composedOf(schema.getNot(), into, depth + 1);
    }

    /** Declared properties, inherited ones (through {@code allOf} and refs) first. */
    Map<String, Schema<?>> properties(Schema<?> schema) {
        // by identity: swagger's equals compares whole schema trees; the lists are asked for at every step of every walk
        return propertiesBySchema.computeIfAbsent(new Identity(schema), key -> {
            Map<String, Schema<?>> properties = new LinkedHashMap<>();
            collectProperties(schema, properties, 0);
            return Collections.unmodifiableMap(properties);
        });
    }

    /** A schema as a map key by identity; the contract's schemas do not change once loaded. */
    private record Identity(Schema<?> schema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }

    private void collectProperties(Schema<?> schema, Map<String, Schema<?>> into, int depth) {
        Schema<?> resolved = deref(schema);
        if (resolved == null || depth > 32) {
            return;
        }
        if (resolved.getAllOf() != null) {
            for (Schema<?> member : resolved.getAllOf()) {
                collectProperties(member, into, depth + 1);
            }
        }
        if (resolved.getProperties() != null) {
            resolved.getProperties().forEach(into::put);
        }
    }

    /** The JSON type a schema's instances have, following refs and wrappers; {@code ""} when open. */
    String type(Schema<?> schema) {
        Schema<?> resolved = deref(schema);
        if (resolved == null) {
            return "";
        }
        if (resolved.getType() != null) {
            return resolved.getType();
        }
        if (isObjectLike(resolved)) {
            return "object";
        }
        Optional<String> wrapped = wrappedRef(resolved);
        return wrapped.map(name -> type(schemas.get(name))).orElse("");
    }

    String format(Schema<?> schema) {
        Schema<?> resolved = deref(schema);
        if (resolved == null) {
            return "";
        }
        if (resolved.getFormat() != null) {
            return resolved.getFormat();
        }
        return wrappedRef(resolved).map(name -> format(schemas.get(name))).orElse("");
    }
}
