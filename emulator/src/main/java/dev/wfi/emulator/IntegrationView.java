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
 * A stored integration as Graph answers it: {@code encryption.secret} is null (write-only), properties of
 * another Graph version are left out ({@code supports} on v1.0), and evolvable enum members become
 * {@code unknownFutureValue} unless the client sent {@code Prefer: include-unknown-enum-members}.
 *
 * <p>The view is written straight to the answer's generator: building it as a tree first, and looking each
 * property up in the contract by its pointer on every answer, was most of the cost of answering a PATCH.
 */
final class IntegrationView {
    private final EvolvableMembers evolvable;
    private final Shape root;

    IntegrationView(Contract contract, EvolvableMembers evolvable) {
        this.evolvable = evolvable;
        this.root = new Shape(contract, evolvable, "", null);
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
            JsonNode value = field.getValue();
            if (property.writeOnly()) {
                out.writeNull();
            } else if (value.isObject()) {
                out.writeStartObject();
                writeFields(out, property, value, version, includeUnknownMembers);
                out.writeEndObject();
            } else {
                writeValue(out, includeUnknownMembers || !property.hasEvolvableMembers() ? value : evolvable.hide(field.getKey(), value));
            }
        }
    }

    /** A value through the generator itself: {@code writeTree} goes through the mapper's serializers for each. */
    private static void writeValue(JsonGenerator out, JsonNode value) throws IOException {
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
                    writeValue(out, item);
                }
                out.writeEndArray();
            }
            default -> out.writeTree(value);
        }
    }

    /** A property as the contract declares it, found by its pointer once; its children are found on first use. */
    private static final class Shape {
        private final Contract contract;
        private final EvolvableMembers evolvable;
        private final String pointer;
        /** Null for the integration itself and for properties the contract does not declare (an open object's). */
        private final PropertyInfo info;
        /** A top-level enum with members declared after unknownFutureValue (members are evolvable only there). */
        private final boolean hasEvolvableMembers;
        /** Only declared properties are kept, so what clients may name does not grow the map. */
        private final Map<String, Shape> children = new ConcurrentHashMap<>();

        Shape(Contract contract, EvolvableMembers evolvable, String pointer, PropertyInfo info) {
            this.contract = contract;
            this.evolvable = evolvable;
            this.pointer = pointer;
            this.info = info;
            this.hasEvolvableMembers = info != null && pointer.lastIndexOf('/') == 0 && evolvable.hasAny(pointer.substring(1));
        }

        Shape child(String name) {
            Shape known = children.get(name);
            if (known != null) {
                return known;
            }
            String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
            Shape child = new Shape(contract, evolvable, at, contract.property(IntegrationBody.SCHEMA, at).orElse(null));
            if (child.info != null) {
                children.putIfAbsent(name, child);
            }
            return child;
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
