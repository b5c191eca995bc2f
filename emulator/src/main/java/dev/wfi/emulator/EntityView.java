package dev.wfi.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.contract.Contract;
import dev.wfi.contract.PropertyInfo;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stored entity of one schema as Graph answers it: write-only properties ({@code encryption.secret}) are null,
 * properties of another Graph version are left out ({@code supports} on v1.0, a shift's {@code teamInfo}), and
 * evolvable enum members, at any depth, become {@code unknownFutureValue} unless the client sent
 * {@code Prefer: include-unknown-enum-members}.
 *
 * <p>The view is written straight to the answer's generator: building it as a tree first, and looking each
 * property up in the contract by its pointer on every answer, was most of the cost of answering a PATCH.
 */
final class EntityView {
    private final EvolvableMembers evolvable;
    private final Shape root;

    EntityView(Contract contract, String schema, EvolvableMembers evolvable) {
        this.evolvable = evolvable;
        this.root = new Shape(contract, schema, evolvable, "", null);
    }

    /** Writes the fields of the view of {@code stored} (an object) into the object {@code out} has open. */
    void writeFields(JsonGenerator out, JsonNode stored, String version, boolean includeUnknownMembers) throws IOException {
        writeFields(out, root, stored, version, includeUnknownMembers);
    }

    private void writeFields(JsonGenerator out, Shape shape, JsonNode object, String version, boolean includeUnknownMembers)
            throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Shape property = shape.child(field.getKey());
            if (!property.inVersion(version)) {
                continue;
            }
            out.writeFieldName(field.getKey());
            writeValue(out, property, field.getValue(), version, includeUnknownMembers);
        }
    }

    private void writeValue(JsonGenerator out, Shape property, JsonNode value, String version, boolean includeUnknownMembers)
            throws IOException {
        if (property.writeOnly()) {
            out.writeNull();
        } else if (value.isObject()) {
            out.writeStartObject();
            writeFields(out, property, value, version, includeUnknownMembers);
            out.writeEndObject();
        } else if (value.isArray() && property.declared()) {
            Shape item = property.child("0"); // every item is declared alike
            out.writeStartArray();
            for (JsonNode element : value) {
                writeValue(out, item, element, version, includeUnknownMembers);
            }
            out.writeEndArray();
        } else {
            writeScalar(out, includeUnknownMembers || !property.hasEvolvableMembers() ? value : evolvable.hide(property.name(), value));
        }
    }

    /** A value through the generator itself: {@code writeTree} goes through the mapper's serializers for each. */
    private static void writeScalar(JsonGenerator out, JsonNode value) throws IOException {
        switch (value.getNodeType()) {
            case NULL, MISSING -> out.writeNull();
            case STRING -> out.writeString(value.textValue());
            case BOOLEAN -> out.writeBoolean(value.booleanValue());
            case NUMBER -> {
                if (value.isInt()) {
                    out.writeNumber(value.intValue());
                } else {
                    out.writeTree(value);
                }
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode item : value) {
                    writeScalar(out, item);
                }
                out.writeEndArray();
            }
            default -> out.writeTree(value);
        }
    }

    /** A property as the contract declares it, found by its pointer once; its children are found on first use. */
    private static final class Shape {
        private final Contract contract;
        private final String schema;
        private final EvolvableMembers evolvable;
        private final String pointer;
        /** Null for the entity itself and for properties the contract does not declare (an open object's). */
        private final PropertyInfo info;
        /** An enum with members declared after unknownFutureValue. */
        private final boolean hasEvolvableMembers;
        /** Only declared properties are kept, so what clients may name does not grow the map. */
        private final Map<String, Shape> children = new ConcurrentHashMap<>();

        Shape(Contract contract, String schema, EvolvableMembers evolvable, String pointer, PropertyInfo info) {
            this.contract = contract;
            this.schema = schema;
            this.evolvable = evolvable;
            this.pointer = pointer;
            this.info = info;
            this.hasEvolvableMembers = info != null && evolvable.hasAny(name());
        }

        Shape child(String name) {
            Shape known = children.get(name);
            if (known != null) {
                return known;
            }
            String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
            Shape child = new Shape(contract, schema, evolvable, at, contract.property(schema, at).orElse(null));
            if (child.info != null) {
                children.putIfAbsent(name, child);
            }
            return child;
        }

        /** The property's name for {@link EvolvableMembers}: its pointer without the leading slash. */
        String name() {
            return pointer.isEmpty() ? "" : pointer.substring(1);
        }

        boolean declared() {
            return info != null;
        }

        boolean inVersion(String version) {
            return info == null || info.availability().isEmpty() || info.availability().contains(version);
        }

        boolean hasEvolvableMembers() {
            return hasEvolvableMembers;
        }

        boolean writeOnly() {
            return info != null && info.writeOnly();
        }
    }
}
