package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.JsonBody;
import dev.wfi.report.Severity;

/**
 * A JSON body that does not parse. When straightening its typographic quotes makes it parse, the quotes are the
 * one cause and {@link TypographicQuoteRule} reports them; this rule stays silent.
 */
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
        for (DocumentedExample example : page.examples()) {
            example.body().ifPresent(body -> body.syntaxError().ifPresent(error -> {
                if (!parsesWithStraightQuotes(body)) {
                    findings.add(this, Severity.ERROR, example, error.location(), null, "the JSON body does not parse: "
                            + error.message() + "; nothing after this point of the example can be checked");
                }
            }));
        }
    }

    private static boolean parsesWithStraightQuotes(JsonBody body) {
        if (body.lines().stream().noneMatch(TypographicQuoteRule::hasCurlyQuote)) {
            return false;
        }
        return JsonBody.parse(body.lines().stream().map(TypographicQuoteRule::straighten).toList(), body.firstLine())
                .syntaxError().isEmpty();
    }
}
