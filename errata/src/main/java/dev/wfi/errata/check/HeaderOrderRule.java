package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.errata.extract.Header;
import dev.wfi.report.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Headers written after the JSON body. HTTP puts every header before the body; a reader who copies the example
 * sends them as body text. One finding, whose fix moves the headers above the body; the missing Content-Type,
 * the missing blank line and the body's parse failure that follow from it are not reported on their own.
 */
final class HeaderOrderRule implements Rule {

    @Override
    public String id() {
        return "WFI-HTTP-HEADER-ORDER";
    }

    @Override
    public Kind kind() {
        return Kind.HEADER;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocumentedExample example : page.examples()) {
            List<Header> trailing = example.trailingHeaders();
            if (trailing.isEmpty() || example.body().isEmpty()) {
                continue;
            }
            int bodyStart = example.body().get().firstLine();
            int lastHeader = trailing.get(trailing.size() - 1).line();
            List<String> moved = new ArrayList<>();
            trailing.forEach(h -> moved.add(page.line(h.line()).strip()));
            moved.add("");
            for (int line = bodyStart; line <= example.body().get().lastLine(); line++) {
                moved.add(page.line(line));
            }
            Fix fix = new Fix(bodyStart, 1, lastHeader, page.line(lastHeader).length() + 1, String.join("\n", moved));
            String names = String.join(", ", trailing.stream().map(Header::name).toList());
            findings.add(this, Severity.ERROR, example, trailing.get(0).line(), 1, "header" + (trailing.size() == 1 ? " " : "s ")
                    + names + (trailing.size() == 1 ? " is" : " are") + " written after the JSON body; headers go between the "
                    + (example.role() == DocumentedExample.Role.REQUEST ? "request" : "status") + " line and the body", fix);
        }
    }
}
