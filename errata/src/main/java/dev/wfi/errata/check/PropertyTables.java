package dev.wfi.errata.check;

import dev.wfi.contract.Contract;
import dev.wfi.contract.Names;
import dev.wfi.contract.PropertyInfo;
import dev.wfi.errata.extract.DocTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the table rules share: which schema a property table describes, and which property of it each row stands
 * for. A row is matched by its name, then (a translated, re-cased or garbled name) by its type and its place among
 * the rows the page names rightly, so the matching does not depend on the language the table is written in.
 */
final class PropertyTables {

    private static final Pattern IDENTIFIER = Pattern.compile("^@?[a-z][A-Za-z0-9.]*$");

    /** How a row names the property it stands for. */
    enum Naming { EXACT, RECASED, GARBLED, TRANSLATED }

    /** The property a row stands for ({@code property} empty when nothing tells), and how the row names it. */
    record RowName(Optional<String> property, Naming naming) {
    }

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

    /** Every row of the table resolved, in order. */
    static List<RowName> rows(PageContext page, DocTable table) {
        Optional<String> schema = page.tableSchema(table);
        List<String> properties = schema.map(page.contract()::propertyNames).orElse(List.of());
        Set<String> named = new HashSet<>();
        for (DocTable.Row row : table.rows()) {
            String name = row.cell(0).english();
            properties.stream().filter(p -> p.equalsIgnoreCase(name)).findFirst().ifPresent(named::add);
        }
        List<RowName> out = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            out.add(resolve(page, table, i, schema, properties, named, out));
        }
        return out;
    }

    private static RowName resolve(PageContext page, DocTable table, int index, Optional<String> schema,
                                   List<String> properties, Set<String> named, List<RowName> before) {
        DocTable.Row row = table.rows().get(index);
        String name = row.cell(0).english();
        if (properties.contains(name)) {
            return new RowName(Optional.of(name), Naming.EXACT);
        }
        Optional<String> recased = properties.stream().filter(p -> p.equalsIgnoreCase(name)).findFirst();
        if (recased.isPresent()) {
            return new RowName(recased, Naming.RECASED);
        }
        List<String> free = properties.stream().filter(p -> !named.contains(p)).toList();
        if (isIdentifier(name)) {
            Optional<String> meant = Names.meant(name, free);
            if (meant.isPresent()) {
                // on a translated page a name a letter or two off is the translation's ("mensagem"), on an English one a typo
                boolean english = page.page().page().locale().startsWith("en");
                return new RowName(meant, english || meant.get().equalsIgnoreCase(name) ? Naming.GARBLED : Naming.TRANSLATED);
            }
            // a word in the language of the page ("quebras") that the row's type ties to one property of that type
            List<String> byType = schema.isEmpty() ? List.of() : free.stream()
                    .filter(p -> page.contract().property(schema.get(), "/" + p).flatMap(PropertyInfo::typeName).isPresent()
                            && sameType(page, schema.get(), p, row.cell(1).english()))
                    .toList();
            // a property the contract lacks is not this rule's to judge
            return byType.size() == 1 ? new RowName(Optional.of(byType.get(0)), Naming.TRANSLATED)
                    : new RowName(Optional.of(name), Naming.EXACT);
        }
        if (schema.isEmpty()) {
            return neighbours(page, table, index, Optional.empty());
        }
        List<String> typed = free.stream().filter(p -> sameType(page, schema.get(), p, row.cell(1).english())).toList();
        if (typed.size() == 1) {
            return new RowName(Optional.of(typed.get(0)), Naming.TRANSLATED);
        }
        return neighbours(page, table, index, between(properties, typed.isEmpty() ? free : typed, before, table, index));
    }

    /** The one candidate whose place in the contract's order lies between the rows above and below. */
    private static Optional<String> between(List<String> properties, List<String> candidates, List<RowName> before,
                                            DocTable table, int index) {
        int low = before.isEmpty() ? -1 : before.get(before.size() - 1).property().map(properties::indexOf).orElse(-2);
        String next = index + 1 < table.rows().size() ? table.rows().get(index + 1).cell(0).english() : null;
        int high = next == null ? properties.size() : properties.indexOf(next);
        if (low == -2 || high < 0) {
            return Optional.empty();
        }
        List<String> inside = candidates.stream().filter(p -> properties.indexOf(p) > low && properties.indexOf(p) < high).toList();
        return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
    }

    /** A translated row: the property the contract pins, else the one other pages put between the same neighbours. */
    private static RowName neighbours(PageContext page, DocTable table, int index, Optional<String> pinned) {
        if (pinned.isPresent()) {
            return new RowName(pinned, Naming.TRANSLATED);
        }
        String before = index > 0 ? table.rows().get(index - 1).cell(0).english() : "";
        String after = index + 1 < table.rows().size() ? table.rows().get(index + 1).cell(0).english() : "";
        return new RowName(page.corpus().flatMap(c -> c.nameBetween(before, after)), Naming.TRANSLATED);
    }

    /** The table's type cell ("String", "Int32", "[itemBody](...)", "timeCardBreak collection") agrees with the property. */
    private static boolean sameType(PageContext page, String schema, String property, String typeCell) {
        Optional<PropertyInfo> info = page.contract().property(schema, "/" + property);
        if (info.isEmpty()) {
            return false;
        }
        PropertyInfo p = info.get();
        String t = typeCell.replace("`", "").strip().toLowerCase(Locale.ROOT);
        // a named type: the cell names it, in whatever words the page wraps it ("Coleção timeCardBreak")
        if (p.typeName().isPresent() && java.util.Arrays.stream(t.split("[^a-z0-9.]+"))
                .map(w -> w.replaceFirst("^microsoft\\.graph\\.", "")).anyMatch(p.typeName().get().toLowerCase(Locale.ROOT)::equals)) {
            return true;
        }
        return switch (t) {
            // enums and flag sets are strings on the wire, and tables often say so
            case "string" -> "string".equals(p.type()) && !"date-time".equals(p.format());
            case "int32", "int64", "integer", "int16" -> "integer".equals(p.type());
            case "boolean", "bool" -> "boolean".equals(p.type());
            case "datetimeoffset", "edm.datetimeoffset" -> "date-time".equals(p.format());
            default -> false;
        };
    }


}
