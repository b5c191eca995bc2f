package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;

/**
 * HTTP separates the header section from the body with an empty line; an example without it is not a
 * valid message. Only checked where the page keeps blank lines (markdown, not plain-text renders).
 */
final class BlankLineRule implements Rule {

    @Override
    public String id() {
        return "WFI-HTTP-BLANK-LINE";
    }

    @Override
    public Kind kind() {
        return Kind.HEADER;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            if (example.blankLineBeforeBody().orElse(true) || !example.trailingHeaders().isEmpty()) {
                continue;
            }
            int bodyLine = example.body().get().firstLine();
            findings.add(this, Severity.ERROR, example, bodyLine, 1,
                    "no empty line between the headers and the body; insert one before line " + bodyLine,
                    new Fix(bodyLine, 1, bodyLine, 1, "\n"));
        }
    }
}
