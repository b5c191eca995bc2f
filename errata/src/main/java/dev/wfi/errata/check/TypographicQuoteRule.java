package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.JsonLocation;

import java.util.List;

/** Curly quotes (U+201C, U+201D) that an editor put where JSON needs a plain '"'. One finding per line. */
final class TypographicQuoteRule implements Rule {

    @Override
    public String id() {
        return "WFI-JSON-TYPOGRAPHIC-QUOTE";
    }

    @Override
    public Kind kind() {
        return Kind.SYNTAX;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (var example : page.examples()) {
            example.body().ifPresent(body -> {
                List<String> lines = body.lines();
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    int at = firstCurlyQuote(line);
                    if (at >= 0) {
                        findings.add(this, Severity.ERROR, example, new JsonLocation(body.firstLine() + i, at + 1), null,
                                "typographic quote '" + line.charAt(at) + "' in JSON; use a plain double quote (\")");
                    }
                }
            });
        }
    }

    private static int firstCurlyQuote(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u201c' || c == '\u201d') {
                return i;
            }
        }
        return -1;
    }
}
