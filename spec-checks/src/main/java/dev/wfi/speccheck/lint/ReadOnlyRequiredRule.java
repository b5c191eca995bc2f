package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A schema sent in a request body must not require a {@code readOnly} property: a client cannot send what the
 * server owns, so the request could never be valid for a strict validator.
 */
final class ReadOnlyRequiredRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-READ-ONLY-REQUIRED";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String hint() {
        return "drop the read-only property from required, or use a separate request schema";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        List<JsonNode> bodies = new ArrayList<>();
        List<String> inline = new ArrayList<>();
        for (SpecDocument.Operation operation : spec.operations()) {
            if (operation.node().has("requestBody")) {
                bodies.add(operation.node().get("requestBody"));
                inline.add(operation.pointer() + "/requestBody");
            }
        }
        Set<String> pointers = new LinkedHashSet<>(inline);
        pointers.addAll(spec.reachableComponents(bodies));
        for (String pointer : pointers) {
            SchemaProperties.forEachObjectSchema(spec.root().at(pointer), pointer, (schema, at) -> {
                JsonNode required = schema.path("required");
                for (int i = 0; i < required.size(); i++) {
                    JsonNode property = schema.path("properties").path(required.get(i).asText());
                    if (spec.resolve(property).path("readOnly").asBoolean(false) || property.path("readOnly").asBoolean(false)) {
                        sink.report(at + "/required/" + i, "request body schema requires read-only property '"
                                + required.get(i).asText() + "'");
                    }
                }
            });
        }
    }
}
