package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocTable;


/**
 * A plain-text table row that kept its description but lost its name and type in rendering. Another page's
 * table with the same description tells which property went missing.
 */
final class TableOrphanRowRule implements Rule {

    @Override
    public String id() {
        return "WFI-TABLE-ORPHAN-ROW";
    }

    @Override
    public Kind kind() {
        return Kind.TABLE_DRIFT;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocTable table : page.page().tables()) {
            for (DocTable.Row row : table.rows()) {
                if (!row.orphan()) {
                    continue;
                }
                String description = row.cell(2).english();
                String known = page.corpus().flatMap(index -> index.nameForDescription(description))
                        .map(at -> "; elsewhere this description belongs to " + at).orElse("");
                findings.add(this, Severity.ERROR, row.line(), 1,
                        "table row has a description but no property name or type: the table lost a property" + known);
            }
        }
    }
}
