package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.JsonLocation;
import dev.wfi.report.Severity;

import java.util.List;

/** Typographic quotes in a JSON body, where JSON knows only the plain double quote: one finding per line, fixed in place. */
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
                    int first = firstCurlyQuote(line);
                    if (first < 0) {
                        continue;
                    }
                    int last = lastCurlyQuote(line);
                    int pageLine = body.firstLine() + i;
                    findings.add(this, Severity.ERROR, example, new JsonLocation(pageLine, first + 1), null,
                            "typographic quote '" + line.charAt(first) + "' in JSON; use a plain double quote (\")",
                            Fix.replace(pageLine, first + 1, last - first + 1, straighten(line.substring(first, last + 1))));
                }
            });
        }
    }

    static boolean hasCurlyQuote(String line) {
        return firstCurlyQuote(line) >= 0;
    }

    /** The line with every typographic double quote made plain. */
    static String straighten(String line) {
        return line.replace('\u201c', '"').replace('\u201d', '"');
    }

    private static int firstCurlyQuote(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isCurly(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastCurlyQuote(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            if (isCurly(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCurly(char c) {
        return c == '\u201c' || c == '\u201d';
    }
}
