package dev.wfi.errata.check;

import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.errata.extract.DocTable;
import dev.wfi.report.Severity;

/**
 * A type name of the API in a methods or properties table that the translation changed: the English original beside it
 * (in the page's {@code sxs-lookup} span) is a type such as {@code shift}, and the page shows another word in its place.
 */
final class TranslatedTypeRule implements Rule {

    @Override
    public String id() {
        return "WFI-TRANSLATED-TYPE";
    }

    @Override
    public Kind kind() {
        return Kind.TRANSLATION;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (DocTable table : page.page().tables()) {
            if (table.type() != DocTable.Type.OPERATIONS && table.type() != DocTable.Type.PROPERTIES) {
                continue;
            }
            for (DocTable.Row row : table.rows()) {
                for (int i = 1; i < row.cells().size(); i++) {
                    DocTable.Cell cell = row.cell(i);
                    String english = cell.english().replace("`", "").strip();
                    // only the API's own types: a translated "string" still tells a reader the type
                    boolean apiType = page.contract().schemaNameIgnoringCase(english).isPresent();
                    if (!cell.isTranslated() || !apiType || cell.text().contains(english) || cell.text().isBlank()) {
                        continue;
                    }
                    String line = page.line(row.line());
                    int at = line.indexOf(cell.text());
                    findings.add(this, Severity.ERROR, row.line(), at + 1, "type name '" + cell.text()
                            + "' is a translation; type names stay as in the API: '" + english + "'",
                            at < 0 ? null : Fix.replace(row.line(), at + 1, cell.text().length(), english));
                    break;
                }
            }
        }
    }
}
