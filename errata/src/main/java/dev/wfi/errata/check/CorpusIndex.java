package dev.wfi.errata.check;

import dev.wfi.errata.extract.DocTable;
import dev.wfi.errata.extract.ExtractedPage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the cross-page rules look up in the other pages of a run: the property names of property tables, by their
 * neighbours and by their descriptions. Pages add to it while they are checked, on any thread and in any order; the
 * page earliest in the run wins a key, so the result is what reading the pages one by one gives. It holds only these
 * keys, not the pages, so a run over a whole docs checkout keeps its memory.
 */
public final class CorpusIndex {

    private static final String ANY = "\u0000";

    /** A value and the run order of the page it comes from. */
    private record Entry(String value, int order) {
        Entry earlier(Entry other) {
            return other.order < order ? other : this;
        }
    }

    private final ConcurrentHashMap<String, Entry> namesByNeighbours = new ConcurrentHashMap<>();
    /** By a hash of the description: descriptions are long, and a collision only loses a hint. */
    private final ConcurrentHashMap<Long, Entry> namesByDescription = new ConcurrentHashMap<>();

    public CorpusIndex() {
    }

    /** Adds what a page's property tables name; {@code order} is the page's place in the run. */
    public void add(ExtractedPage page, int order) {
        for (DocTable table : page.tables(DocTable.Type.PROPERTIES)) {
            addProperties(page, table, order);
        }
    }

    private void addProperties(ExtractedPage page, DocTable table, int order) {
        List<DocTable.Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            DocTable.Row row = rows.get(i);
            String name = row.cell(0).english();
            if (row.orphan() || !PropertyTables.isIdentifier(name)) {
                continue;
            }
            String before = i > 0 ? rows.get(i - 1).cell(0).english() : "";
            String after = i + 1 < rows.size() ? rows.get(i + 1).cell(0).english() : "";
            Entry entry = new Entry(name, order);
            namesByNeighbours.merge(before + '|' + after, entry, Entry::earlier);
            namesByNeighbours.merge(before + '|' + ANY, entry, Entry::earlier);
            namesByNeighbours.merge(ANY + '|' + after, entry, Entry::earlier);
            if (row.cells().size() > 2) {
                namesByDescription.merge(hash(row.cell(2).english()),
                        new Entry("'" + name + "' (" + page.page().path() + ":" + row.line() + ")", order), Entry::earlier);
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
        return Optional.ofNullable(namesByNeighbours.get((b ? before : ANY) + '|' + (a ? after : ANY))).map(Entry::value);
    }

    /** "'isActive' (000_x.txt:56)" for a description that a named row of some page has. */
    Optional<String> nameForDescription(String description) {
        return Optional.ofNullable(namesByDescription.get(hash(description))).map(Entry::value);
    }

    /** 64 bits of FNV-1a over the lower-cased description. */
    private static long hash(String description) {
        long h = 0xcbf29ce484222325L;
        for (byte b : description.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
