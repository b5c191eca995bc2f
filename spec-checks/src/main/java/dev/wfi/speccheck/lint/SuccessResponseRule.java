package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import java.util.Iterator;

/** Every operation declares a success status (2xx or 2XX): clients and stubs are generated from it. */
final class SuccessResponseRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-SUCCESS-RESPONSE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String hint() {
        return "declare the 2xx response the operation answers with";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        for (SpecDocument.Operation operation : spec.operations()) {
            boolean success = false;
            for (Iterator<String> it = operation.node().path("responses").fieldNames(); it.hasNext(); ) {
                success |= it.next().startsWith("2");
            }
            if (!success) {
                String at = operation.node().has("responses") ? operation.pointer() + "/responses" : operation.pointer();
                sink.report(at, operation.label() + " declares no success (2xx) response");
            }
        }
    }
}
