package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import java.util.HashMap;
import java.util.Map;

/** Every operation has an operationId, and no two share one: generated method names come from it. */
final class OperationIdRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-OPERATION-ID";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String hint() {
        return "give each operation its own operationId";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        Map<String, SpecDocument.Operation> seen = new HashMap<>();
        for (SpecDocument.Operation operation : spec.operations()) {
            String id = operation.node().path("operationId").asText("");
            if (id.isEmpty()) {
                sink.report(operation.pointer(), operation.label() + " has no operationId");
                continue;
            }
            SpecDocument.Operation first = seen.putIfAbsent(id, operation);
            if (first != null) {
                sink.report(operation.pointer() + "/operationId", "operationId '" + id + "' of " + operation.label()
                        + " is already used by " + first.label());
            }
        }
    }
}
