package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;

import java.util.stream.Collectors;

/** A response whose status the contract does not declare for the operation it answers (a create answered 200, say). */
final class StatusRule implements Rule {

    @Override
    public String id() {
        return "WFI-STATUS";
    }

    @Override
    public Kind kind() {
        return Kind.STATUS;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            if (example.role() != DocumentedExample.Role.RESPONSE || example.status() == null) {
                continue;
            }
            page.target(example).operation().ifPresent(op -> {
                if (!op.responses().containsKey(example.status())) {
                    String success = op.successStatuses().stream().sorted().map(String::valueOf)
                            .collect(Collectors.joining(" or "));
                    findings.add(this, Severity.ERROR, example, example.line(), 1, op.method().toUpperCase() + " "
                            + op.pathTemplate() + " (" + op.operationId() + ") answers " + success + ", not "
                            + example.status());
                }
            });
        }
    }
}
