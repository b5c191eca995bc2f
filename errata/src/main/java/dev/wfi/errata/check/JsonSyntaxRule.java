package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.JsonBody;
import dev.wfi.errata.extract.JsonLocation;
import dev.wfi.report.Severity;

import java.util.Optional;

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
            // a body whose only fault is trailing commas is read without them, so each comma is its own finding
            example.body().ifPresent(body -> body.trailingCommas().forEach(comma -> report(findings, example, comma)));
            example.body().ifPresent(body -> body.syntaxError().ifPresent(error -> {
                if (parsesWithStraightQuotes(body)) {
                    return;
                }
                Optional<JsonBody.TrailingComma> comma = trailingComma(page, body, error.location());
                if (comma.isPresent()) {
                    report(findings, example, comma.get());
                } else {
                    findings.add(this, Severity.ERROR, example, error.location(), null, "the JSON body does not parse: "
                            + error.message() + "; nothing after this point of the example can be checked");
                }
            }));
        }
    }

    private void report(Findings findings, DocumentedExample example, JsonBody.TrailingComma comma) {
        findings.add(this, Severity.ERROR, example, comma.at(), null, "a trailing comma before '" + comma.before()
                + "': JSON allows none", Fix.replace(comma.at().line(), comma.at().column(), 1, ""));
    }

    /** The comma a parse error stands after, when the error is a closing bracket right after one. */
    private static Optional<JsonBody.TrailingComma> trailingComma(PageContext page, JsonBody body, JsonLocation error) {
        String at = page.line(error.line());
        if (error.column() < 1 || error.column() > at.length() || "}]".indexOf(at.charAt(error.column() - 1)) < 0) {
            return Optional.empty();
        }
        return body.commaBefore(error).map(comma -> new JsonBody.TrailingComma(comma, at.charAt(error.column() - 1)));
    }

    private static boolean parsesWithStraightQuotes(JsonBody body) {
        if (body.lines().stream().noneMatch(TypographicQuoteRule::hasCurlyQuote)) {
            return false;
        }
        return JsonBody.parse(body.lines().stream().map(TypographicQuoteRule::straighten).toList(), body.firstLine())
                .syntaxError().isEmpty();
    }
}
