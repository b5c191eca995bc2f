package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Graph returns enum members declared after {@code unknownFutureValue} only when the request says
 * {@code Prefer: include-unknown-enum-members}; an operation that can return them must declare that header,
 * or clients cannot ask for them. Only Graph operations (served by the document's servers) are checked.
 */
final class EvolvablePreferRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-EVOLVABLE-PREFER";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String hint() {
        return "add a 'Prefer' header parameter (include-unknown-enum-members) to the operation";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        for (SpecDocument.Operation operation : spec.operations()) {
            if (!operation.servedByDocumentServers() || declaresPrefer(spec, operation)) {
                continue;
            }
            List<String> evolvable = new ArrayList<>();
            Set<String> reachable = spec.reachableComponents(SpecDocument.responses(operation));
            for (String component : reachable) {
                if (component.startsWith("/components/schemas/") && !EnumMembers.evolvable(spec.root().at(component)).isEmpty()) {
                    evolvable.add(component.substring("/components/schemas/".length()));
                }
            }
            if (!evolvable.isEmpty()) {
                sink.report(operation.pointer(), operation.label() + " can return evolvable members of "
                        + String.join(", ", evolvable) + " but declares no 'Prefer' header");
            }
        }
    }

    private static boolean declaresPrefer(SpecDocument spec, SpecDocument.Operation operation) {
        for (JsonNode list : List.of(operation.pathItem().path("parameters"), operation.node().path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = spec.resolve(parameter);
                if ("header".equals(resolved.path("in").asText()) && "prefer".equalsIgnoreCase(resolved.path("name").asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
