package dev.wfi.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Derives one JSON Schema (draft 2020-12) document from the contract's component schemas.
 *
 * <p>Every component becomes {@code $defs/<name>}. Object components are closed with
 * {@code unevaluatedProperties: false}, which sees through {@code allOf}; since a closed parent
 * would reject its children's properties, inheritance refers to an open copy,
 * {@code $defs/<name>@open}. A chain of plain object schemas is then flattened into one object, closed with
 * {@code additionalProperties: false} (the same verdicts, found faster). Properties starting with {@code @}
 * (OData annotations) are always allowed. A flag enum becomes a case-insensitive pattern over comma-separated members; plain enums
 * stay case-sensitive {@code enum}s.
 */
final class JsonSchemaDeriver {
    static final String DOCUMENT_ID = "urn:wfi:contract";
    static final String OPEN_SUFFIX = "@open";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Formats JSON Schema defines; OpenAPI's numeric formats become bounds instead. */
    private static final Set<String> JSON_SCHEMA_FORMATS = Set.of(
            "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname",
            "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uuid", "uri-template",
            "json-pointer", "relative-json-pointer", "regex");
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9_]+");
    /** Keywords a plain object schema (or one part of an inheritance chain) may have and still be flattened. */
    private static final Set<String> PLAIN_OBJECT_KEYWORDS = Set.of("type", "properties", "patternProperties", "required");
    /** {@code patternProperties} that lets OData annotations ("@odata.type") through any object. */
    private static final ObjectNode ANNOTATIONS_ALLOWED = JSON.objectNode().put("^@", true);

    private final ComponentSchemas components;

    JsonSchemaDeriver(ComponentSchemas components) {
        this.components = components;
    }

    /** The whole document: {@code $defs} holding every component (closed) and the open copies. */
    ObjectNode document() {
        ObjectNode document = JSON.objectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.put("$id", DOCUMENT_ID);
        ObjectNode defs = document.putObject("$defs");
        components.all().forEach((name, schema) -> {
            ObjectNode open = convert(schema);
            if (components.isObjectLike(schema) && !declaresAdditionalProperties(schema)) {
                defs.set(name + OPEN_SUFFIX, open);
                ObjectNode closed = open.deepCopy();
                closed.put("unevaluatedProperties", false);
                defs.set(name, closed);
            } else {
                defs.set(name, open);
            }
        });
        components.all().forEach((name, schema) -> {
            if (defs.has(name + OPEN_SUFFIX)) {
                flattened(defs, name + OPEN_SUFFIX, 0).ifPresent(flat -> defs.set(name, flat.put("additionalProperties", false)));
            }
        });
        return document;
    }

    /**
     * An inheritance chain ({@code allOf} of the parent's open copy and own properties) as one object schema,
     * parents' properties first, so that closing it takes {@code additionalProperties}, not
     * {@code unevaluatedProperties} over {@code allOf}: the validator then keeps no record of what each branch
     * evaluated, which made validation about two and a half times slower. Empty when the chain holds anything
     * but plain object parts, or a property declared twice (both declarations would apply).
     */
    private static Optional<ObjectNode> flattened(ObjectNode defs, String openName, int depth) {
        JsonNode node = defs.get(openName);
        if (!(node instanceof ObjectNode open) || depth > 32) {
            return Optional.empty();
        }
        // the parents, then the schema's own keywords (checked below like every part's)
        List<JsonNode> parts = new ArrayList<>();
        open.path("allOf").forEach(parts::add);
        ObjectNode own = open.deepCopy();
        own.remove("allOf");
        parts.add(own);
        ObjectNode flat = JSON.objectNode();
        flat.put("type", "object");
        ObjectNode properties = flat.putObject("properties");
        Set<String> required = new LinkedHashSet<>();
        for (JsonNode part : parts) {
            JsonNode plain = part;
            if (part.has("$ref")) {
                String ref = part.get("$ref").asText();
                if (part.size() != 1 || !ref.startsWith(defRef("")) || !ref.endsWith(OPEN_SUFFIX)) {
                    return Optional.empty();
                }
                Optional<ObjectNode> parent = flattened(defs, ref.substring(defRef("").length()), depth + 1);
                if (parent.isEmpty()) {
                    return Optional.empty();
                }
                plain = parent.get();
            }
            for (Iterator<String> keys = plain.fieldNames(); keys.hasNext(); ) {
                if (!PLAIN_OBJECT_KEYWORDS.contains(keys.next())) {
                    return Optional.empty();
                }
            }
            if (plain.has("type") && !plain.get("type").asText().equals("object")
                    || plain.has("patternProperties") && !plain.get("patternProperties").equals(ANNOTATIONS_ALLOWED)) {
                return Optional.empty();
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = plain.path("properties").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (properties.has(field.getKey())) {
                    return Optional.empty();
                }
                properties.set(field.getKey(), field.getValue().deepCopy());
            }
            plain.path("required").forEach(name -> required.add(name.asText()));
        }
        flat.set("patternProperties", ANNOTATIONS_ALLOWED.deepCopy());
        if (!required.isEmpty()) {
            required.forEach(flat.putArray("required")::add);
        }
        return Optional.of(flat);
    }

    /** A document whose root is the given (inline) schema, with the components' {@code $defs}. */
    ObjectNode inlineDocument(Schema<?> schema, ObjectNode componentDocument) {
        ObjectNode root = convertClosed(schema);
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", componentDocument.get("$defs"));
        return root;
    }

    static String defRef(String name) {
        return "#/$defs/" + name;
    }

    private ObjectNode convertClosed(Schema<?> schema) {
        ObjectNode node = convert(schema);
        if (schema.get$ref() == null && components.isObjectLike(schema) && !declaresAdditionalProperties(schema)
                && schema.getProperties() != null) {
            node.put("unevaluatedProperties", false);
        }
        return node;
    }

    /** The schema says what else it takes: additionalProperties, or an open type ({@code x-wfi-open-type}), which takes anything. */
    private static boolean declaresAdditionalProperties(Schema<?> schema) {
        return schema.getAdditionalProperties() != null || ComponentSchemas.isOpenType(schema);
    }

    private ObjectNode convert(Schema<?> schema) {
        ObjectNode node = JSON.objectNode();
        if (schema.get$ref() != null) {
            node.put("$ref", defRef(ComponentSchemas.refName(schema).orElseThrow(
                    () -> new IllegalArgumentException("unsupported $ref " + schema.get$ref()))));
            return node;
        }
        boolean nullable = Boolean.TRUE.equals(schema.getNullable());
        String type = schema.getType();
        if (type != null) {
            node.put("type", type);
        } else if (schema.getProperties() != null) {
            node.put("type", "object");
        }
        if (schema.getFormat() != null) {
            addFormat(node, type, schema.getFormat());
        }
        if (components.isEnum(schema)) {
            List<String> members = ComponentSchemas.enumMembers(schema);
            if (ComponentSchemas.isFlagEnum(schema)) {
                node.put("type", "string");
                node.put("pattern", flagPattern(members));
            } else {
                ArrayNode values = node.putArray("enum");
                members.forEach(values::add);
                if (nullable) {
                    values.addNull();
                }
            }
        }
        addBounds(node, schema);
        addProperties(node, schema);
        if (schema.getAdditionalProperties() instanceof Boolean open) {
            node.put("additionalProperties", open);
        } else if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            node.set("additionalProperties", convertClosed(additional));
        }
        if (schema.getItems() != null) {
            node.set("items", convertClosed(schema.getItems()));
        }
        addComposition(node, schema);
        if (Boolean.TRUE.equals(schema.getReadOnly())) {
            node.put("readOnly", true);
        }
        if (Boolean.TRUE.equals(schema.getWriteOnly())) {
            node.put("writeOnly", true);
        }
        if (Boolean.TRUE.equals(schema.getDeprecated())) {
            node.put("deprecated", true);
        }
        return nullable ? allowNull(node) : node;
    }

    private static void addFormat(ObjectNode node, String type, String format) {
        if ("integer".equals(type) && "int32".equals(format)) {
            node.put("minimum", Integer.MIN_VALUE);
            node.put("maximum", Integer.MAX_VALUE);
        } else if ("integer".equals(type) && "int64".equals(format)) {
            node.put("minimum", Long.MIN_VALUE);
            node.put("maximum", Long.MAX_VALUE);
        } else if (JSON_SCHEMA_FORMATS.contains(format)) {
            node.put("format", format);
        }
    }

    /**
     * Members joined by commas, each member case-insensitive, whitespace around commas allowed. Written as
     * "no item is anything but a member" rather than "member (, member)*": Java's regex engine recurses once
     * per repetition of a group, so the plain form overflowed the stack on a long value (a hostile request
     * to the emulator), while this form only loops over characters. {@code (?!\s)} stops the spaces before
     * an item from being given back to make a member look missing.
     */
    static String flagPattern(List<String> members) {
        StringJoiner alternatives = new StringJoiner("|", "(?i:", ")");
        for (String member : members) {
            alternatives.add(MEMBER.matcher(member).matches() ? member : Pattern.quote(member));
        }
        String badItem = "\\s*(?!\\s)(?!" + alternatives + "\\s*(?:,|$))";
        return "^(?!(?:[\\s\\S]*,)?" + badItem + ")[\\s\\S]*$";
    }

    private static void addBounds(ObjectNode node, Schema<?> schema) {
        BigDecimal minimum = schema.getMinimum();
        BigDecimal maximum = schema.getMaximum();
        if (minimum != null) {
            if (Boolean.TRUE.equals(schema.getExclusiveMinimum())) {
                node.remove("minimum");
                node.put("exclusiveMinimum", minimum);
            } else {
                node.put("minimum", minimum);
            }
        }
        if (maximum != null) {
            if (Boolean.TRUE.equals(schema.getExclusiveMaximum())) {
                node.remove("maximum");
                node.put("exclusiveMaximum", maximum);
            } else {
                node.put("maximum", maximum);
            }
        }
        if (schema.getMinLength() != null) {
            node.put("minLength", schema.getMinLength());
        }
        if (schema.getMaxLength() != null) {
            node.put("maxLength", schema.getMaxLength());
        }
        if (schema.getPattern() != null) {
            node.put("pattern", schema.getPattern());
        }
        if (schema.getMinItems() != null) {
            node.put("minItems", schema.getMinItems());
        }
        if (schema.getMaxItems() != null) {
            node.put("maxItems", schema.getMaxItems());
        }
        if (Boolean.TRUE.equals(schema.getUniqueItems())) {
            node.put("uniqueItems", true);
        }
        if (schema.getMultipleOf() != null) {
            node.put("multipleOf", schema.getMultipleOf());
        }
    }

    private void addProperties(ObjectNode node, Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        ObjectNode converted = node.putObject("properties");
        ArrayNode dispatch = null;
        for (Map.Entry<String, Schema> entry : properties.entrySet()) {
            Schema<?> property = entry.getValue();
            Optional<Map<?, ?>> byUrl = bodyByUrl(property);
            if (byUrl.isPresent()) {
                converted.set(entry.getKey(), JSON.objectNode());
                if (dispatch == null) {
                    dispatch = JSON.arrayNode();
                }
                addBodyDispatch(dispatch, entry.getKey(), property, byUrl.get());
            } else {
                converted.set(entry.getKey(), convertClosed(property));
            }
        }
        node.set("patternProperties", ANNOTATIONS_ALLOWED.deepCopy());
        if (schema.getRequired() != null && !schema.getRequired().isEmpty()) {
            ArrayNode required = node.putArray("required");
            schema.getRequired().forEach(required::add);
        }
        if (dispatch != null) {
            arrayProperty(node, "allOf").addAll(dispatch);
        }
    }

    private static Optional<Map<?, ?>> bodyByUrl(Schema<?> property) {
        Object value = property.getExtensions() == null ? null
                : property.getExtensions().get(ComponentSchemas.BODY_BY_URL_EXTENSION);
        return value instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
    }

    /**
     * The body of a callback item is typed by the first segment of its sibling {@code url}; a url
     * the contract does not map falls back to the declared {@code anyOf}.
     */
    private void addBodyDispatch(ArrayNode dispatch, String property, Schema<?> declared, Map<?, ?> byUrl) {
        StringJoiner known = new StringJoiner("|");
        for (Map.Entry<?, ?> entry : byUrl.entrySet()) {
            String segment = String.valueOf(entry.getKey());
            known.add(Pattern.quote(segment));
            ObjectNode body = JSON.objectNode();
            body.put("$ref", defRef(String.valueOf(entry.getValue())));
            ObjectNode rule = dispatch.addObject();
            rule.set("if", urlStartsWith(Pattern.quote(segment)));
            rule.putObject("then").putObject("properties").set(property, allowNull(body));
        }
        ObjectNode fallback = dispatch.addObject();
        fallback.set("if", urlStartsWith(known.toString()));
        fallback.putObject("else").putObject("properties").set(property, convertClosed(declared));
    }

    private static ObjectNode urlStartsWith(String segmentPattern) {
        ObjectNode condition = JSON.objectNode();
        condition.putArray("required").add("url");
        ObjectNode url = condition.putObject("properties").putObject("url");
        url.put("type", "string");
        url.put("pattern", "^/?(?i:" + segmentPattern + ")(?:[/?]|$)");
        return condition;
    }

    private void addComposition(ObjectNode node, Schema<?> schema) {
        if (schema.getAllOf() != null) {
            boolean inheritance = ComponentSchemas.isInheritance(schema);
            ArrayNode allOf = arrayProperty(node, "allOf");
            for (Schema<?> member : schema.getAllOf()) {
                if (inheritance && member.get$ref() != null && components.isObjectLike(member)
                        && !declaresAdditionalProperties(components.deref(member))) {
                    allOf.addObject().put("$ref", defRef(ComponentSchemas.refName(member).orElseThrow()) + OPEN_SUFFIX);
                } else if (inheritance) {
                    allOf.add(convert(member));
                } else {
                    allOf.add(convertClosed(member));
                }
            }
            if (inheritance && !node.has("type")) {
                node.put("type", "object");
            }
            if (inheritance && !node.has("patternProperties")) {
                node.set("patternProperties", ANNOTATIONS_ALLOWED.deepCopy());
            }
        }
        if (schema.getAnyOf() != null) {
            ArrayNode anyOf = node.putArray("anyOf");
            schema.getAnyOf().forEach(member -> anyOf.add(convertClosed(member)));
        }
        if (schema.getOneOf() != null) {
            ArrayNode oneOf = node.putArray("oneOf");
            schema.getOneOf().forEach(member -> oneOf.add(convertClosed(member)));
        }
        if (schema.getNot() != null) {
            node.set("not", convertClosed(schema.getNot()));
        }
    }

    private static ArrayNode arrayProperty(ObjectNode node, String name) {
        JsonNode existing = node.get(name);
        return existing instanceof ArrayNode array ? array : node.putArray(name);
    }

    /** {@code nullable: true}: null joins the type, or, for an untyped schema, bypasses it. */
    private static ObjectNode allowNull(ObjectNode node) {
        JsonNode type = node.get("type");
        if (type != null && type.isTextual()) {
            ArrayNode types = JSON.arrayNode();
            types.add(type.asText());
            types.add("null");
            node.set("type", types);
            return node;
        }
        ObjectNode wrapper = JSON.objectNode();
        wrapper.putObject("if").put("type", "null");
        wrapper.set("else", node);
        for (String annotation : List.of("readOnly", "writeOnly", "deprecated")) {
            if (node.has(annotation)) {
                wrapper.set(annotation, node.remove(annotation));
            }
        }
        return wrapper;
    }
}
