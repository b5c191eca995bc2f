package dev.wfi.errata.check;

import dev.wfi.errata.extract.DocTable;
import dev.wfi.errata.extract.ExtractedPage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the cross-page rules look up in the other pages of a run, indexed once per run so that a run over
 * a whole docs checkout stays linear in its size.
 */
public final class CorpusIndex {

    private static final String ANY = "\u0000";

    /**
     * What one page adds to the index, worked out while the pages are read in parallel; {@link #merge} merges
     * the parts in page order, so the first page to name a thing wins, as if read one by one.
     */
    public static final class Part {
        private final List<String[]> namesByNeighbours = new ArrayList<>();
        private final List<String[]> namesByDescription = new ArrayList<>();

        private Part() {
        }
    }

    private final Map<String, String> namesByNeighbours = new HashMap<>();
    private final Map<String, String> namesByDescription = new HashMap<>();

    private CorpusIndex() {
    }

    public static CorpusIndex merge(List<Part> parts) {
        CorpusIndex index = new CorpusIndex();
        for (Part part : parts) {
            part.namesByNeighbours.forEach(entry -> index.namesByNeighbours.putIfAbsent(entry[0], entry[1]));
            part.namesByDescription.forEach(entry -> index.namesByDescription.putIfAbsent(entry[0], entry[1]));
        }
        return index;
    }

    public static Part part(ExtractedPage page) {
        Part part = new Part();
        for (DocTable table : page.tables()) {
            if (table.type() == DocTable.Type.PROPERTIES) {
                addProperties(part, page, table);
            }
        }
        return part;
    }

    private static void addProperties(Part part, ExtractedPage page, DocTable table) {
        List<DocTable.Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            DocTable.Row row = rows.get(i);
            String name = row.cell(0).english();
            if (row.orphan() || !PropertyTables.isIdentifier(name)) {
                continue;
            }
            String before = i > 0 ? rows.get(i - 1).cell(0).english() : "";
            String after = i + 1 < rows.size() ? rows.get(i + 1).cell(0).english() : "";
            part.namesByNeighbours.add(new String[] {before + '|' + after, name});
            part.namesByNeighbours.add(new String[] {before + '|' + ANY, name});
            part.namesByNeighbours.add(new String[] {ANY + '|' + after, name});
            if (row.cells().size() > 2) {
                part.namesByDescription.add(new String[] {row.cell(2).english().toLowerCase(Locale.ROOT),
                        "'" + name + "' (" + page.page().path() + ":" + row.line() + ")"});
            }
        }
    }

    /**
     * The property name other pages put between the same neighbours; a neighbour that is itself not an
     * identifier (translated) matches anything, but at least one neighbour must be an identifier.
     */
    Optional<String> nameBetween(String before, String after) {
        boolean b = PropertyTables.isIdentifier(before);
        boolean a = PropertyTables.isIdentifier(after);
        if (!b && !a) {
            return Optional.empty();
        }
        return Optional.ofNullable(namesByNeighbours.get((b ? before : ANY) + '|' + (a ? after : ANY)));
    }

    /** "'isActive' (000_x.txt:56)" for a description that a named row of some page has. */
    Optional<String> nameForDescription(String description) {
        return Optional.ofNullable(namesByDescription.get(description.toLowerCase(Locale.ROOT)));
    }
}
