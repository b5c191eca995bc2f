package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every component is reachable from the paths (or webhooks), through references; security schemes count as used
 * when a security requirement names them. An unused component is dead weight that generators still turn into code.
 */
final class UnusedComponentRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-UNUSED-COMPONENT";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String hint() {
        return "remove the component, or reference it where it is meant to be used";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        JsonNode root = spec.root();
        List<JsonNode> roots = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("components")) {
                roots.add(field.getValue());
            }
        }
        Set<String> used = spec.reachableComponents(roots);
        List<JsonNode> requirements = new ArrayList<>();
        root.path("security").forEach(requirements::add);
        spec.operations().forEach(operation -> operation.node().path("security").forEach(requirements::add));
        for (JsonNode requirement : requirements) {
            requirement.fieldNames().forEachRemaining(name -> used.add("/components/securitySchemes/" + YamlTree.escape(name)));
        }
        for (Iterator<Map.Entry<String, JsonNode>> kinds = root.path("components").fields(); kinds.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            if (!kind.getValue().isObject() || kind.getKey().startsWith("x-")) {
                continue;
            }
            for (Iterator<String> names = kind.getValue().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String pointer = "/components/" + YamlTree.escape(kind.getKey()) + '/' + YamlTree.escape(name);
                if (!used.contains(pointer)) {
                    sink.report(pointer, "component " + kind.getKey() + "/" + name + " is never referenced");
                }
            }
        }
    }
}
