package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.Header;

import java.nio.charset.StandardCharsets;

/**
 * A Content-Length header that does not match the body shown. The body is measured as it would be sent:
 * UTF-8, lines joined with CRLF, no line end after the last line.
 */
final class ContentLengthRule implements Rule {

    @Override
    public String id() {
        return "WFI-CONTENT-LENGTH";
    }

    @Override
    public Kind kind() {
        return Kind.CONTENT_LENGTH;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            var declared = example.header("Content-Length");
            if (declared.isEmpty() || example.body().isEmpty()) {
                continue;
            }
            Header header = declared.get();
            long expected = String.join("\r\n", example.body().get().lines()).getBytes(StandardCharsets.UTF_8).length;
            long stated;
            try {
                stated = Long.parseLong(header.value().strip());
            } catch (NumberFormatException notANumber) {
                findings.add(this, Severity.ERROR, example, header.line(), 1,
                        "Content-Length '" + header.value() + "' is not a number");
                continue;
            }
            // a truncated example may leave members out: only a body that even compacted exceeds the length is wrong
            if (example.truncated() && example.json().map(json -> json.toString().getBytes(StandardCharsets.UTF_8).length <= stated)
                    .orElse(true)) {
                continue;
            }
            if (stated != expected) {
                String note = example.truncated() ? " (the example is marked truncated, and even compacted its body is longer:"
                        + " drop the header or state the full length)" : "";
                String line = page.line(header.line());
                int at = line.indexOf(header.value().strip(), header.name().length());
                Fix fix = example.truncated() || at < 0 ? null
                        : Fix.replace(header.line(), at + 1, header.value().strip().length(), String.valueOf(expected));
                findings.add(this, Severity.ERROR, example, header.line(), header.name().length() + 3,
                        "Content-Length says " + stated + " but the body shown is " + expected + " bytes as sent (UTF-8, CRLF)" + note,
                        fix);
            }
        }
    }
}
