package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;

/** An HTTP example with a JSON body but no Content-Type header. */
final class ContentTypeRule implements Rule {

    @Override
    public String id() {
        return "WFI-HEADER-CONTENT-TYPE";
    }

    @Override
    public Kind kind() {
        return Kind.HEADER;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            if (example.role() == DocumentedExample.Role.RESOURCE || example.body().isEmpty()
                    || example.header("Content-Type").isPresent()) {
                continue;
            }
            findings.add(this, Severity.WARNING, example, example.line(), 1,
                    "the example has a JSON body but no 'Content-Type: application/json' header",
                    // at the end of the start line, so a blank line the body also needs goes in after it, not at the same place
                    Fix.insert(example.line(), page.line(example.line()).length() + 1, "\nContent-Type: application/json"));
        }
    }
}
