package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.DocTable;

import java.util.List;

/** A property table whose name column was machine-translated: readers copy these names into JSON. */
final class TranslatedNameRule implements Rule {

    @Override
    public String id() {
        return "WFI-TRANSLATED-PROPERTY";
    }

    @Override
    public Kind kind() {
        return Kind.TRANSLATION;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocTable table : page.page().tables()) {
            if (table.type() != DocTable.Type.PROPERTIES) {
                continue;
            }
            List<DocTable.Row> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                DocTable.Row row = rows.get(i);
                DocTable.Cell name = row.cell(0);
                if (row.orphan() || name.text().isEmpty() || PropertyTables.isIdentifier(name.text())) {
                    continue;
                }
                String english = PropertyTables.englishName(table, i, page.corpus()).orElse(null);
                String message = "property name '" + name.text() + "' is translated; property names stay as in the API"
                        + (english == null ? "" : ": '" + english + "'");
                int column = page.line(row.line()).indexOf(name.text()) + 1;
                findings.add(this, Severity.ERROR, row.line(), column, message);
            }
        }
    }
}
