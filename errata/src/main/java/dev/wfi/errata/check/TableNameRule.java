package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.report.Severity;

import java.util.List;

/**
 * A property table row whose name is the contract's property cased otherwise or garbled (a letter or two off, and
 * no other property that close): JSON names are case-sensitive, so a reader who copies it sends an unknown member.
 */
final class TableNameRule implements Rule {

    @Override
    public String id() {
        return "WFI-TABLE-PROPERTY-NAME";
    }

    @Override
    public Kind kind() {
        return Kind.TABLE_DRIFT;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocTable table : page.page().tables(DocTable.Type.PROPERTIES)) {
            if (page.tableSchema(table).isEmpty()) {
                continue;
            }
            List<PropertyTables.RowName> names = page.tableRows(table);
            for (int i = 0; i < names.size(); i++) {
                PropertyTables.RowName name = names.get(i);
                if (name.naming() != PropertyTables.Naming.RECASED && name.naming() != PropertyTables.Naming.GARBLED) {
                    continue;
                }
                DocTable.Row row = table.rows().get(i);
                String written = row.cell(0).english();
                String right = name.property().orElseThrow();
                int at = page.line(row.line()).indexOf(written);
                String message = name.naming() == PropertyTables.Naming.RECASED
                        ? "property name '" + written + "' is '" + right + "' in the API (JSON names are case-sensitive)"
                        : "property name '" + written + "' is not a property of " + page.tableSchema(table).get()
                                + "; it is '" + right + "'";
                findings.add(this, Severity.ERROR, row.line(), at + 1, message,
                        at < 0 ? null : Fix.replace(row.line(), at + 1, written.length(), right));
            }
        }
    }
}
