package dev.wfi.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.conformance.contract.Contract;
import dev.wfi.conformance.contract.PropertyInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored integration as Graph answers it: {@code encryption.secret} is null (write-only), properties of
 * another Graph version are left out ({@code supports} on v1.0), and evolvable enum members become
 * {@code unknownFutureValue} unless the client sent {@code Prefer: include-unknown-enum-members}.
 */
final class IntegrationView {
    private final Contract contract;
    private final EvolvableMembers evolvable;

    IntegrationView(Contract contract, EvolvableMembers evolvable) {
        this.contract = contract;
        this.evolvable = evolvable;
    }

    ObjectNode render(JsonNode stored, String version, boolean includeUnknownMembers) {
        ObjectNode view = Json.MAPPER.createObjectNode();
        stored.fields().forEachRemaining(field -> {
            PropertyInfo property = contract.property(IntegrationBody.SCHEMA, "/" + field.getKey()).orElse(null);
            if (property != null && !property.availability().isEmpty() && !property.availability().contains(version)) {
                return;
            }
            JsonNode value = includeUnknownMembers ? field.getValue() : evolvable.hide(field.getKey(), field.getValue());
            view.set(field.getKey(), value.deepCopy());
        });
        for (String pointer : writeOnly(view, "")) {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) view.at(pointer.substring(0, slash))).putNull(pointer.substring(slash + 1));
        }
        return view;
    }

    private List<String> writeOnly(JsonNode node, String at) {
        List<String> pointers = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            String pointer = at + "/" + field.getKey();
            if (contract.property(IntegrationBody.SCHEMA, pointer).map(PropertyInfo::writeOnly).orElse(false)) {
                pointers.add(pointer);
            } else if (field.getValue().isObject()) {
                pointers.addAll(writeOnly(field.getValue(), pointer));
            }
        });
        return pointers;
    }
}
