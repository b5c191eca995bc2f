package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;

/**
 * Every operation states who may call it: its own {@code security} (an empty list says "no authentication" on
 * purpose) or a non-empty document-level {@code security}.
 */
final class SecurityRule implements LintRule {

    @Override
    public String id() {
        return "WFI-SPEC-SECURITY";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String hint() {
        return "add security to the operation (security: [] when it needs none) or to the document";
    }

    @Override
    public void check(SpecDocument spec, Sink sink) {
        boolean global = spec.root().path("security").size() > 0;
        for (SpecDocument.Operation operation : spec.operations()) {
            if (!global && !operation.node().has("security")) {
                sink.report(operation.pointer(), operation.label() + " declares no security requirement");
            }
        }
    }
}
