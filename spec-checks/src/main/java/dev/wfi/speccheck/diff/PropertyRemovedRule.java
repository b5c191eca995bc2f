package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A property removed from a component schema breaks clients that read or send it. When the schema gained a property
 * of the same shape at the same time, the change is named as a likely rename.
 */
final class PropertyRemovedRule implements DiffRule {

    @Override
    public String id() {
        return "WFI-DIFF-PROPERTY-REMOVED";
    }

    @Override
    public void check(SpecPair specs, Sink sink) {
        Map<String, JsonNode> after = SpecPair.schemas(specs.newSpec());
        SpecPair.schemas(specs.oldSpec()).forEach((name, old) -> {
            JsonNode schema = after.get(name);
            if (schema == null) {
                sink.report(Severity.ERROR, false, SpecPair.schemaPointer(name), "schema " + name + " was removed");
                return;
            }
            Map<String, SpecPair.Located> newProperties = SpecPair.properties(schema, SpecPair.schemaPointer(name));
            Map<String, SpecPair.Located> oldProperties = SpecPair.properties(old, SpecPair.schemaPointer(name));
            oldProperties.forEach((property, located) -> {
                if (newProperties.containsKey(property)) {
                    return;
                }
                String renamed = newProperties.entrySet().stream()
                        .filter(entry -> !oldProperties.containsKey(entry.getKey()))
                        .filter(entry -> shape(entry.getValue().node()).equals(shape(located.node())))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                sink.report(Severity.ERROR, false, located.pointer(), name + "." + property
                        + (renamed == null ? " was removed" : " was renamed to '" + renamed + "'"));
            });
        });
    }

    /** What a property is, without its description and example. */
    private static String shape(JsonNode property) {
        return property.path("$ref").asText("") + '|' + property.path("type").asText("") + '|'
                + property.path("format").asText("") + '|' + property.path("items").toString();
    }
}
