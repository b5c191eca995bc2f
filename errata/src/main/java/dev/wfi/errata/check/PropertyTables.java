package dev.wfi.errata.check;

import dev.wfi.contract.Contract;
import dev.wfi.errata.extract.DocTable;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What the table rules share: which schema a property table describes, and the English name of each row. */
final class PropertyTables {

    private static final Pattern IDENTIFIER = Pattern.compile("^@?[a-z][A-Za-z0-9.]*$");

    private PropertyTables() {
    }

    static boolean isIdentifier(String s) {
        return IDENTIFIER.matcher(s).matches();
    }

    /** The schema with the most properties named in the table: tables don't say which type they describe. */
    static Optional<String> schemaOf(DocTable table, Contract contract) {
        Map<String, Integer> votes = new TreeMap<>();
        for (DocTable.Row row : table.rows()) {
            String name = row.cell(0).english();
            if (isIdentifier(name)) {
                contract.schemasWithProperty(name).forEach(schema -> votes.merge(schema, 1, Integer::sum));
            }
        }
        // most properties named wins; ties go to the first name in order, as before
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    /**
     * The row's property name in English: its own when it has one, else the name that other pages' tables
     * put between the same neighbours (machine translation changes names, not the order of rows).
     */
    static Optional<String> englishName(DocTable table, int rowIndex, CorpusIndex corpus) {
        String own = table.rows().get(rowIndex).cell(0).english();
        if (isIdentifier(own)) {
            return Optional.of(own);
        }
        String before = rowIndex > 0 ? table.rows().get(rowIndex - 1).cell(0).english() : "";
        String after = rowIndex + 1 < table.rows().size() ? table.rows().get(rowIndex + 1).cell(0).english() : "";
        return corpus.nameBetween(before, after);
    }
}
