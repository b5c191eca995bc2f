package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;

/** A body that Jackson cannot parse: the first error, at its page line and column. */
final class JsonSyntaxRule implements Rule {

    @Override
    public String id() {
        return "WFI-JSON-SYNTAX";
    }

    @Override
    public Kind kind() {
        return Kind.SYNTAX;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (var example : page.examples()) {
            example.body().flatMap(b -> b.syntaxError()).ifPresent(error -> findings.add(this, Severity.ERROR, example,
                    error.location(), null, "the JSON body does not parse: " + error.message()
                            + "; nothing after this point of the example can be checked"));
        }
    }
}
