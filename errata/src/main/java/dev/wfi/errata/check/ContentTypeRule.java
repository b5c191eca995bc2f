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
                    new Fix(example.line() + 1, 1, example.line() + 1, 1, "Content-Type: application/json\n"));
        }
    }
}
