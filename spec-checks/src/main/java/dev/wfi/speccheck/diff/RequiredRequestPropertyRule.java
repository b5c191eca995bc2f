package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A property that becomes required in a schema that request bodies carry breaks clients that did not send it. */
final class RequiredRequestPropertyRule implements DiffRule {

    @Override
    public String id() {
        return "WFI-DIFF-NEWLY-REQUIRED";
    }

    @Override
    public void check(SpecPair specs, Sink sink) {
        Map<String, JsonNode> before = SpecPair.schemas(specs.oldSpec());
        Set<String> inRequests = SpecPair.schemasReachedBy(specs.newSpec(), false);
        SpecPair.schemas(specs.newSpec()).forEach((name, schema) -> {
            if (!inRequests.contains(name)) {
                return;
            }
            Set<String> wasRequired = new HashSet<>();
            JsonNode old = before.get(name);
            if (old == null) {
                return;
            }
            old.path("required").forEach(property -> wasRequired.add(property.asText()));
            JsonNode required = schema.path("required");
            for (int i = 0; i < required.size(); i++) {
                String property = required.get(i).asText();
                if (!wasRequired.contains(property)) {
                    sink.report(Severity.ERROR, true, SpecPair.schemaPointer(name) + "/required/" + i,
                            name + "." + property + " is now required in request bodies");
                }
            }
        });
    }
}
