package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.report.Severity;

import java.util.List;
import java.util.Optional;

/**
 * A property table whose name column was machine-translated: readers copy these names into JSON. The message names
 * the English property the row stands for, matched by the contract's types and order (or, off the contract, by the
 * names other pages put between the same neighbours), and the fix restores it.
 */
final class TranslatedNameRule implements Rule {

    @Override
    public String id() {
        return "WFI-TRANSLATED-PROPERTY";
    }

    @Override
    public Kind kind() {
        return Kind.TRANSLATION;
    }

    private static String message(String written, Optional<String> english) {
        return "property name '" + written + "' is translated; property names stay as in the API"
                + english.map(e -> ": '" + e + "'").orElse("");
    }

    private static Fix fix(int line, int at, String written, String english) {
        return Fix.replace(line, at + 1, written.length(), english);
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocTable table : page.page().tables(DocTable.Type.PROPERTIES)) {
            List<PropertyTables.RowName> names = page.tableRows(table);
            for (int i = 0; i < names.size(); i++) {
                DocTable.Row row = table.rows().get(i);
                DocTable.Cell name = row.cell(0);
                // a name a reader cannot copy: translated into words, or (a page that keeps the English beside it) into
                // another identifier than the English original
                boolean translated = !PropertyTables.isIdentifier(name.text())
                        || name.isTranslated() && PropertyTables.isIdentifier(name.english())
                        || names.get(i).naming() == PropertyTables.Naming.TRANSLATED
                        && names.get(i).property().filter(p -> !p.equals(name.text())).isPresent();
                // a name only cased or garbled otherwise is the table-name rule's, whatever the page keeps beside it
                boolean misspelled = names.get(i).naming() == PropertyTables.Naming.RECASED
                        || names.get(i).naming() == PropertyTables.Naming.GARBLED;
                if (row.orphan() || name.text().isEmpty() || !translated || misspelled) {
                    continue;
                }
                int at = page.line(row.line()).indexOf(name.text());
                Optional<String> english = names.get(i).property();
                findings.add(this, Severity.ERROR, row.line(), at + 1, message(name.text(), english),
                        english.filter(e -> at >= 0).map(e -> fix(row.line(), at, name.text(), e)).orElse(null));
            }
        }
    }
}
