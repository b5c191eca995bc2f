package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.contract.Contract;
import dev.wfi.contract.PropertyInfo;
import dev.wfi.contract.SchemaViolation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the contract allows in the body of a write to one schema (a {@code workforceIntegration}, a {@code shift},
 * ...): the conformance engine's validation of the schema (types, enum and flag-enum members, the 64-character
 * secret, unknown properties), then the rules a schema validator does not apply to requests: no read-only property,
 * no property of another Graph version ({@code supports} is beta only), and evolvable enum members, at any depth,
 * only with {@code Prefer: include-unknown-enum-members}. Every refusal is a 400 naming the property.
 */
final class EntityBody {
    static final String INTEGRATION = "workforceIntegration";
    private static final int MAX_VIOLATIONS_SHOWN = 5;

    /** What a read-only property in a body makes of the request. */
    enum ReadOnly {
        /** A 400 naming it: creates and updates name only what the client may set. */
        REFUSED,
        /** Left out: a replace sends back the whole entity as read, which holds them (the service sets them again). */
        IGNORED
    }

    private final Contract contract;
    private final String schema;
    private final String odataType;
    private final EvolvableMembers evolvable;
    /** Pointers of write-only properties, from the contract's example: their values never go into a message. */
    private final Set<String> writeOnlyPointers;

    EntityBody(Contract contract, String schema, EvolvableMembers evolvable) {
        this.contract = contract;
        this.schema = schema;
        this.odataType = "#microsoft.graph." + schema;
        this.evolvable = evolvable;
        this.writeOnlyPointers = writeOnlyPointers(contract, schema);
    }

    String schema() {
        return schema;
    }

    /** {@link #check(JsonNode, String, boolean, ReadOnly)} refusing read-only properties. */
    ObjectNode check(JsonNode body, String version, boolean includeUnknownMembers) {
        return check(body, version, includeUnknownMembers, ReadOnly.REFUSED);
    }

    /**
     * The body as it will be applied: checked, with its OData annotations ({@code @odata.type}) removed, and with its
     * read-only properties removed when they are {@link ReadOnly#IGNORED}.
     *
     * @param version {@code v1.0} or {@code beta}, the Graph version the request addressed
     * @throws GraphError 400 naming the first offending property
     */
    ObjectNode check(JsonNode body, String version, boolean includeUnknownMembers, ReadOnly readOnly) {
        if (!(body instanceof ObjectNode object)) {
            throw GraphError.badRequest("The body must be a JSON object (a " + schema + "), found "
                    + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".", null);
        }
        JsonNode type = object.get("@odata.type");
        if (type != null && !odataType.equals(type.asText())) {
            throw GraphError.badRequest("@odata.type: expected " + odataType + ".", "@odata.type");
        }
        List<SchemaViolation> violations = contract.validate(schema, object);
        if (!violations.isEmpty()) {
            throw GraphError.badRequest("Invalid " + schema + ": " + describe(violations, object) + ".",
                    target(violations.get(0).pointer()));
        }
        ObjectNode checked = object.deepCopy();
        removeAnnotations(checked);
        checkProperties(checked, "", version, readOnly);
        if (!includeUnknownMembers) {
            refuseEvolvable(checked, "");
        }
        return checked;
    }

    private void checkProperties(ObjectNode node, String at, String version, ReadOnly readOnly) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String pointer = at + "/" + field.getKey();
            Optional<PropertyInfo> property = contract.property(schema, pointer);
            if (property.isEmpty()) {
                continue; // an open object (identity); the schema validation has judged it
            }
            if (property.get().readOnly()) {
                if (readOnly == ReadOnly.IGNORED) {
                    fields.remove();
                    continue;
                }
                throw GraphError.badRequest(pointer + ": read-only; the service sets it, leave it out of the request.",
                        target(pointer));
            }
            List<String> availability = property.get().availability();
            if (!availability.isEmpty() && !availability.contains(version)) {
                throw GraphError.badRequest(pointer + ": not part of Graph " + version + " (only "
                        + String.join(", ", availability) + ").", target(pointer));
            }
            if (field.getValue() instanceof ObjectNode child) {
                checkProperties(child, pointer, version, readOnly);
            } else if (field.getValue().isArray()) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    if (field.getValue().get(i) instanceof ObjectNode item) {
                        checkProperties(item, pointer + "/" + i, version, readOnly);
                    }
                }
            }
        }
    }

    /** An evolvable member anywhere (a shift's {@code sharedShift/theme}, an activity's theme) needs the preference. */
    private void refuseEvolvable(JsonNode node, String at) {
        node.fields().forEachRemaining(field -> {
            String pointer = at + "/" + field.getKey();
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                List<String> members = evolvable.in(EvolvableMembers.property(pointer), value);
                if (!members.isEmpty()) {
                    throw GraphError.badRequest(pointer + ": '" + members.get(0) + "' is an evolvable member; "
                            + "send Prefer: " + Prefer.INCLUDE_UNKNOWN_ENUM_MEMBERS + " to use it.", target(pointer));
                }
            } else if (value.isObject()) {
                refuseEvolvable(value, pointer);
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    refuseEvolvable(value.get(i), pointer + "/" + i);
                }
            }
        });
    }

    private String describe(List<SchemaViolation> violations, ObjectNode body) {
        List<String> messages = new ArrayList<>();
        for (SchemaViolation violation : violations.subList(0, Math.min(MAX_VIOLATIONS_SHOWN, violations.size()))) {
            messages.add(isWriteOnly(violation.pointer()) ? withoutValue(violation.message()) : violation.message());
        }
        String text = String.join("; ", messages)
                + (violations.size() > MAX_VIOLATIONS_SHOWN ? "; and " + (violations.size() - MAX_VIOLATIONS_SHOWN) + " more" : "");
        for (String pointer : writeOnlyPointers) {
            JsonNode secret = body.at(pointer);
            if (secret.isTextual() && secret.asText().length() >= 4) {
                text = text.replace(secret.asText(), "***"); // however a message came to quote it
            }
        }
        return text;
    }

    /** A violation at a write-only property, or at an object holding one: its value must not be echoed. */
    private boolean isWriteOnly(String pointer) {
        return writeOnlyPointers.stream().anyMatch(w -> w.equals(pointer) || w.startsWith(pointer + "/"));
    }

    private static String withoutValue(String message) {
        int quote = message.indexOf('\'');
        String cut = quote < 0 ? message : message.substring(0, quote).strip();
        return cut.replaceAll("(found \\w+) .*$", "$1") + " (write-only: the value is not repeated)";
    }

    /** The OData target of a pointer: {@code /encryption/secret} is {@code encryption.secret}. */
    static String target(String pointer) {
        return pointer.isEmpty() ? null : pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
    }

    private static void removeAnnotations(ObjectNode node) {
        node.properties().removeIf(field -> field.getKey().startsWith("@"));
        node.forEach(child -> {
            if (child instanceof ObjectNode object) {
                removeAnnotations(object);
            } else if (child.isArray()) {
                child.forEach(item -> {
                    if (item instanceof ObjectNode object) {
                        removeAnnotations(object);
                    }
                });
            }
        });
    }

    private static Set<String> writeOnlyPointers(Contract contract, String schema) {
        Object example = contract.openApi().getComponents().getSchemas().get(schema).getExample();
        if (example == null) {
            return Set.of();
        }
        Set<String> pointers = new TreeSet<>();
        collectPointers(Json.MAPPER.valueToTree(example), "", pointers);
        return pointers.stream().filter(p -> contract.property(schema, p).map(PropertyInfo::writeOnly).orElse(false))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void collectPointers(JsonNode node, String at, Set<String> pointers) {
        node.fields().forEachRemaining(field -> {
            String pointer = at + "/" + field.getKey();
            pointers.add(pointer);
            collectPointers(field.getValue(), pointer, pointers);
        });
    }
}
