package dev.wfi.conformance.check;

import dev.wfi.conformance.Kind;
import dev.wfi.conformance.Severity;
import dev.wfi.conformance.extract.DocTable;
import dev.wfi.conformance.extract.ExtractedPage;

import java.util.Optional;

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
                String known = sameDescription(page, description)
                        .map(at -> "; elsewhere this description belongs to " + at).orElse("");
                findings.add(this, Severity.ERROR, row.line(), 1,
                        "table row has a description but no property name or type: the table lost a property" + known);
            }
        }
    }

    private static Optional<String> sameDescription(PageContext page, String description) {
        for (ExtractedPage other : page.corpus()) {
            for (DocTable t : other.tables()) {
                for (DocTable.Row r : t.rows()) {
                    if (!r.orphan() && r.cells().size() > 2 && r.cell(2).english().equalsIgnoreCase(description)
                            && PropertyTables.isIdentifier(r.cell(0).english())) {
                        return Optional.of("'" + r.cell(0).english() + "' (" + other.page().path() + ":" + r.line() + ")");
                    }
                }
            }
        }
        return Optional.empty();
    }
}
