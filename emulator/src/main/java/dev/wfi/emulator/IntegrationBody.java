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
 * What the contract allows in the body of a create or an update: the conformance engine's validation of
 * the {@code workforceIntegration} schema (types, enum and flag-enum members, the 64-character secret,
 * unknown properties), then the rules a schema validator does not apply to requests: no read-only
 * property, no property of another Graph version ({@code supports} is beta only), and evolvable enum
 * members only with {@code Prefer: include-unknown-enum-members}. Every refusal is a 400 naming the property.
 */
final class IntegrationBody {
    static final String SCHEMA = "workforceIntegration";
    static final String ODATA_TYPE = "#microsoft.graph.workforceIntegration";
    private static final int MAX_VIOLATIONS_SHOWN = 5;

    private final Contract contract;
    private final EvolvableMembers evolvable;
    /** Pointers of write-only properties, from the contract's example: their values never go into a message. */
    private final Set<String> writeOnlyPointers;

    IntegrationBody(Contract contract, EvolvableMembers evolvable) {
        this.contract = contract;
        this.evolvable = evolvable;
        this.writeOnlyPointers = writeOnlyPointers(contract);
    }

    /**
     * The body as it will be applied: checked, with its OData annotations ({@code @odata.type}) removed.
     *
     * @param version {@code v1.0} or {@code beta}, the Graph version the request addressed
     * @throws GraphError 400 naming the first offending property
     */
    ObjectNode check(JsonNode body, String version, boolean includeUnknownMembers) {
        if (!(body instanceof ObjectNode object)) {
            throw GraphError.badRequest("The body must be a JSON object (a workforceIntegration), found "
                    + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".", null);
        }
        JsonNode type = object.get("@odata.type");
        if (type != null && !ODATA_TYPE.equals(type.asText())) {
            throw GraphError.badRequest("@odata.type: expected " + ODATA_TYPE + ".", "@odata.type");
        }
        List<SchemaViolation> violations = contract.validate(SCHEMA, object);
        if (!violations.isEmpty()) {
            throw GraphError.badRequest("Invalid workforceIntegration: " + describe(violations, object) + ".",
                    target(violations.get(0).pointer()));
        }
        ObjectNode checked = object.deepCopy();
        removeAnnotations(checked);
        checkProperties(checked, "", version);
        if (!includeUnknownMembers) {
            checked.fields().forEachRemaining(field -> {
                List<String> members = evolvable.in(field.getKey(), field.getValue());
                if (!members.isEmpty()) {
                    throw GraphError.badRequest("/" + field.getKey() + ": '" + members.get(0) + "' is an evolvable member; "
                            + "send Prefer: " + Prefer.INCLUDE_UNKNOWN_ENUM_MEMBERS + " to use it.", field.getKey());
                }
            });
        }
        return checked;
    }

    private void checkProperties(ObjectNode node, String at, String version) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String pointer = at + "/" + field.getKey();
            Optional<PropertyInfo> property = contract.property(SCHEMA, pointer);
            if (property.isEmpty()) {
                continue; // an open object (identity); the schema validation has judged it
            }
            if (property.get().readOnly()) {
                throw GraphError.badRequest(pointer + ": read-only; the service sets it, leave it out of the request.",
                        target(pointer));
            }
            List<String> availability = property.get().availability();
            if (!availability.isEmpty() && !availability.contains(version)) {
                throw GraphError.badRequest(pointer + ": not part of Graph " + version + " (only "
                        + String.join(", ", availability) + ").", target(pointer));
            }
            if (field.getValue() instanceof ObjectNode child) {
                checkProperties(child, pointer, version);
            }
        }
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
            }
        });
    }

    private static Set<String> writeOnlyPointers(Contract contract) {
        Object example = contract.openApi().getComponents().getSchemas().get(SCHEMA).getExample();
        Set<String> pointers = new TreeSet<>();
        collectPointers(Json.MAPPER.valueToTree(example), "", pointers);
        return pointers.stream().filter(p -> contract.property(SCHEMA, p).map(PropertyInfo::writeOnly).orElse(false))
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
