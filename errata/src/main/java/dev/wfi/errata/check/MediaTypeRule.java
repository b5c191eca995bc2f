package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.errata.extract.DocumentedExample;
import dev.wfi.report.Severity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Content-Type that is no media type ({@code application-json}), in a request-headers table or an example:
 * a reader who sends it gets 415. Where it plainly means JSON, the fix is {@code application/json}.
 */
final class MediaTypeRule implements Rule {

    private static final Pattern MEDIA_TYPE = Pattern.compile("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$");
    private static final String JSON = "application/json";

    @Override
    public String id() {
        return "WFI-HEADER-MEDIA-TYPE";
    }

    @Override
    public Kind kind() {
        return Kind.HEADER;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocTable table : page.page().tables(DocTable.Type.HEADERS)) {
            for (DocTable.Row row : table.rows()) {
                if (row.cell(0).english().strip().equalsIgnoreCase("Content-Type")) {
                    check(page, findings, null, row.line(), row.cell(1).text());
                }
            }
        }
        for (DocumentedExample example : page.examples()) {
            example.header("Content-Type").ifPresent(h -> check(page, findings, example, h.line(), h.value()));
        }
    }

    private void check(PageContext page, Findings findings, DocumentedExample example, int lineNumber, String value) {
        String type = value.strip().split("[;,。\\s]", 2)[0];
        if (type.endsWith(".")) {
            type = type.substring(0, type.length() - 1);
        }
        if (type.isEmpty() || MEDIA_TYPE.matcher(type).matches()) {
            return;
        }
        String line = page.line(lineNumber);
        int at = line.indexOf(type);
        boolean json = type.toLowerCase(Locale.ROOT).contains("json");
        Fix fix = json && at >= 0 ? Fix.replace(lineNumber, at + 1, type.length(), JSON) : null;
        String message = "Content-Type '" + type + "' is not a media type" + (json ? "; write " + JSON : "");
        if (example == null) {
            findings.add(this, Severity.ERROR, lineNumber, at + 1, message, fix);
        } else {
            findings.add(this, Severity.ERROR, example, lineNumber, at + 1, message, fix);
        }
    }
}
