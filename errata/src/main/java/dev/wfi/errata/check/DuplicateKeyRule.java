package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;

/** A member name given twice in one object: parsers keep one of them, readers see both. */
final class DuplicateKeyRule implements Rule {

    @Override
    public String id() {
        return "WFI-JSON-DUPLICATE-KEY";
    }

    @Override
    public Kind kind() {
        return Kind.SYNTAX;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (var example : page.examples()) {
            example.body().ifPresent(body -> body.duplicateKeys().forEach(pointer -> findings.add(this, Severity.WARNING,
                    example, body.locateDuplicate(pointer), pointer, "'" + JsonWalk.name(pointer)
                            + "' appears twice in the same object; a client keeps only the last one")));
        }
    }
}
