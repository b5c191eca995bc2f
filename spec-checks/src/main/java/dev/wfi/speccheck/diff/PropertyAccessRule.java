package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A property that becomes {@code writeOnly} disappears from responses clients read; one that becomes
 * {@code readOnly} can no longer be sent. Both break clients.
 */
final class PropertyAccessRule implements DiffRule {

    @Override
    public String id() {
        return "WFI-DIFF-PROPERTY-ACCESS";
    }

    @Override
    public void check(SpecPair specs, Sink sink) {
        Map<String, JsonNode> before = SpecPair.schemas(specs.oldSpec());
        SpecPair.schemas(specs.newSpec()).forEach((name, schema) -> {
            JsonNode old = before.get(name);
            if (old == null) {
                return;
            }
            Map<String, SpecPair.Located> oldProperties = SpecPair.properties(old, SpecPair.schemaPointer(name));
            SpecPair.properties(schema, SpecPair.schemaPointer(name)).forEach((property, located) -> {
                SpecPair.Located was = oldProperties.get(property);
                if (was == null) {
                    return;
                }
                for (String flag : new String[] {"writeOnly", "readOnly"}) {
                    if (located.node().path(flag).asBoolean(false) && !was.node().path(flag).asBoolean(false)) {
                        sink.report(Severity.ERROR, true, located.pointer() + '/' + flag, name + "." + property
                                + " became " + flag + (flag.equals("writeOnly") ? ": responses no longer carry it"
                                        : ": requests can no longer set it"));
                    }
                }
            });
        });
    }
}
