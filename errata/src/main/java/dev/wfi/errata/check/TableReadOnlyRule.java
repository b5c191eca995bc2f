package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.contract.PropertyInfo;
import dev.wfi.errata.extract.DocTable;

/** A request-body table that offers properties the service owns (ids, timestamps): a reader will try to set them. */
final class TableReadOnlyRule implements Rule {

    @Override
    public String id() {
        return "WFI-TABLE-READ-ONLY";
    }

    @Override
    public Kind kind() {
        return Kind.READ_ONLY;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocTable table : page.page().tables(DocTable.Type.PROPERTIES)) {
            if (!table.isRequestBody()) {
                continue;
            }
            page.tableSchema(table).ifPresent(schema -> {
                for (DocTable.Row row : table.rows()) {
                    String name = row.cell(0).english();
                    boolean readOnly = PropertyTables.isIdentifier(name) && page.contract().property(schema, "/" + name)
                            .map(PropertyInfo::readOnly).orElse(false);
                    if (readOnly) {
                        findings.add(this, Severity.WARNING, row.line(), page.line(row.line()).indexOf(name) + 1,
                                "the request body table lists the read-only '" + name + "'; the service sets it, so drop the row");
                    }
                }
            });
        }
    }
}
