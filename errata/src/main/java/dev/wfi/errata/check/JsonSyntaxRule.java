package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.JsonBody;
import dev.wfi.errata.extract.JsonLocation;
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
            // a body whose only fault is trailing commas is read without them, so each comma is its own finding
            example.body().ifPresent(body -> body.trailingCommas().forEach(comma -> findings.add(this, Severity.ERROR,
                    example, comma, null, "a trailing comma before '" + closing(page, comma) + "': JSON allows none",
                    Fix.replace(comma.line(), comma.column(), 1, ""))));
            example.body().ifPresent(body -> body.syntaxError().ifPresent(error -> {
                if (parsesWithStraightQuotes(body)) {
                    return;
                }
                JsonLocation comma = trailingComma(page, error.location());
                if (comma != null) {
                    findings.add(this, Severity.ERROR, example, comma, null, "a trailing comma before '"
                            + page.line(error.location().line()).charAt(error.location().column() - 1) + "': JSON allows none",
                            Fix.replace(comma.line(), comma.column(), 1, ""));
                } else {
                    findings.add(this, Severity.ERROR, example, error.location(), null, "the JSON body does not parse: "
                            + error.message() + "; nothing after this point of the example can be checked");
                }
            }));
        }
    }

    /** The closing bracket after a trailing comma. */
    private static char closing(PageContext page, JsonLocation comma) {
        for (int line = comma.line(), from = comma.column(); line <= comma.line() + 50; line++, from = 0) {
            String text = page.line(line);
            for (int c = from; c < text.length(); c++) {
                if (!Character.isWhitespace(text.charAt(c))) {
                    return text.charAt(c);
                }
            }
        }
        return '}';
    }

    /** Where the comma stands when the error is a closing bracket right after one (blank space between). */
    private static JsonLocation trailingComma(PageContext page, JsonLocation error) {
        String at = page.line(error.line());
        if (error.column() < 1 || error.column() > at.length() || "}]".indexOf(at.charAt(error.column() - 1)) < 0) {
            return null;
        }
        int line = error.line();
        int column = error.column() - 1;
        while (line >= 1) {
            String text = page.line(line);
            for (int c = Math.min(column, text.length()) - 1; c >= 0; c--) {
                char ch = text.charAt(c);
                if (!Character.isWhitespace(ch)) {
                    return ch == ',' ? new JsonLocation(line, c + 1) : null;
                }
            }
            line--;
            column = Integer.MAX_VALUE;
        }
        return null;
    }

    private static boolean parsesWithStraightQuotes(JsonBody body) {
        if (body.lines().stream().noneMatch(TypographicQuoteRule::hasCurlyQuote)) {
            return false;
        }
        return JsonBody.parse(body.lines().stream().map(TypographicQuoteRule::straighten).toList(), body.firstLine())
                .syntaxError().isEmpty();
    }
}
