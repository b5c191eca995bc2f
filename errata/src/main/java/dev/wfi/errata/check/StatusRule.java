package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.report.Severity;

import java.util.Map;
import java.util.stream.Collectors;

/** A response whose status the contract does not declare for the operation it answers (a create answered 200, say). */
final class StatusRule implements Rule {

    /** The reason phrases of the statuses Graph answers with success. */
    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 201, "Created", 202, "Accepted", 204, "No Content");

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
                if (op.responses().containsKey(example.status())) {
                    return;
                }
                String success = op.successStatuses().stream().sorted().map(String::valueOf).collect(Collectors.joining(" or "));
                Fix fix = null;
                if (op.successStatuses().size() == 1 && example.status() >= 200 && example.status() < 300) {
                    int status = op.successStatuses().iterator().next();
                    String line = page.line(example.line());
                    int at = line.indexOf(String.valueOf(example.status()));
                    fix = at < 0 ? null : Fix.replace(example.line(), at + 1, line.stripTrailing().length() - at, written(status));
                }
                findings.add(this, Severity.ERROR, example, example.line(), 1, op.method().toUpperCase() + " "
                        + op.pathTemplate() + " (" + op.operationId() + ") answers " + success + ", not "
                        + example.status(), fix);
            });
        }
    }

    /** A status as the docs write it: "201 Created". */
    static String written(int status) {
        return (status + " " + REASONS.getOrDefault(status, "")).strip();
    }
}
