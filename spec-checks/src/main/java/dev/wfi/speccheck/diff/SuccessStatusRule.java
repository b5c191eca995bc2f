package dev.wfi.speccheck.diff;

import dev.wfi.report.Severity;
import dev.wfi.speccheck.lint.SpecDocument;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An operation whose success statuses (2xx) changed: clients check for the old one. */
final class SuccessStatusRule implements DiffRule {

    @Override
    public String id() {
        return "WFI-DIFF-SUCCESS-STATUS";
    }

    @Override
    public void check(SpecPair specs, Sink sink) {
        Map<String, SpecDocument.Operation> before = SpecPair.operations(specs.oldSpec());
        SpecPair.operations(specs.newSpec()).forEach((label, operation) -> {
            SpecDocument.Operation old = before.get(label);
            if (old == null) {
                return;
            }
            Set<String> was = success(old);
            Set<String> now = success(operation);
            if (!was.equals(now)) {
                sink.report(Severity.ERROR, true, operation.pointer() + "/responses", label + " answered "
                        + String.join(", ", was) + " and now answers " + (now.isEmpty() ? "no success status" : String.join(", ", now)));
            }
        });
    }

    private static Set<String> success(SpecDocument.Operation operation) {
        Set<String> statuses = new TreeSet<>();
        operation.node().path("responses").fieldNames().forEachRemaining(status -> {
            if (status.startsWith("2")) {
                statuses.add(status);
            }
        });
        return statuses;
    }
}
