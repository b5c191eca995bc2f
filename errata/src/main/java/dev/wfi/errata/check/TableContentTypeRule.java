package dev.wfi.errata.check;

import dev.wfi.contract.OperationMatch;
import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.errata.extract.Section;
import dev.wfi.report.Severity;

import java.util.Locale;
import java.util.Optional;

/**
 * A request headers table without a Content-Type row, on a page whose operation takes a JSON body: a reader who sends
 * the headers the table lists gets 415. Header names are written in English in every language, so the row is found by
 * its name on translated pages too.
 */
final class TableContentTypeRule implements Rule {

    private static final String ROW = "| Content-Type | application/json. Required. |";

    @Override
    public String id() {
        return "WFI-TABLE-CONTENT-TYPE";
    }

    @Override
    public Kind kind() {
        return Kind.HEADER;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        Optional<OperationMatch> documented = page.documentedOperation();
        if (documented.isEmpty() || documented.get().requestSchema().isEmpty()) {
            return;
        }
        for (DocTable table : page.page().tables(DocTable.Type.HEADERS)) {
            if (table.section() != Section.REQUEST_HEADERS || table.rows().isEmpty() || table.rows().stream()
                    .anyMatch(row -> row.cell(0).english().toLowerCase(Locale.ROOT).startsWith("content-type"))) {
                continue;
            }
            OperationMatch op = documented.get();
            DocTable.Row last = table.rows().get(table.rows().size() - 1);
            // the row is written in English: a fix only where the rest of the table is, and has the two usual columns
            boolean english = page.page().page().locale().startsWith("en") && table.header().size() == 2;
            Fix fix = english ? Fix.insert(last.line(), page.line(last.line()).length() + 1, "\n" + ROW) : null;
            findings.add(this, Severity.WARNING, table.line(), 1, "the request headers table has no Content-Type row, but "
                    + op.method().toUpperCase(Locale.ROOT) + " " + op.pathTemplate() + " (" + op.operationId()
                    + ") takes a JSON body: add 'Content-Type: application/json. Required.'", fix);
        }
    }
}
