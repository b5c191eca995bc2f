package dev.wfi.conformance.check;

import dev.wfi.conformance.extract.DocTable;
import dev.wfi.conformance.extract.ExtractedPage;

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

    /** A permission row that names scopes. */
    record PermissionStatement(ExtractedPage page, int line, PermissionRule.PermissionType type, List<String> scopes) {
    }

    private final List<PermissionStatement> permissions = new ArrayList<>();
    private final Map<String, String> namesByNeighbours = new HashMap<>();
    private final Map<String, String> namesByDescription = new HashMap<>();

    private CorpusIndex() {
    }

    public static CorpusIndex of(List<ExtractedPage> pages) {
        CorpusIndex index = new CorpusIndex();
        for (ExtractedPage page : pages) {
            for (DocTable table : page.tables()) {
                if (table.type() == DocTable.Type.PERMISSIONS) {
                    index.addPermissions(page, table);
                } else if (table.type() == DocTable.Type.PROPERTIES) {
                    index.addProperties(page, table);
                }
            }
        }
        return index;
    }

    private void addPermissions(ExtractedPage page, DocTable table) {
        for (DocTable.Row row : table.rows()) {
            PermissionRule.PermissionType type = PermissionRule.typeOf(row.cell(0).english());
            List<String> scopes = PermissionRule.scopes(PermissionRule.statedText(row));
            if (type != null && !scopes.isEmpty()) {
                permissions.add(new PermissionStatement(page, row.line(), type, scopes));
            }
        }
    }

    private void addProperties(ExtractedPage page, DocTable table) {
        List<DocTable.Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            DocTable.Row row = rows.get(i);
            String name = row.cell(0).english();
            if (row.orphan() || !PropertyTables.isIdentifier(name)) {
                continue;
            }
            String before = i > 0 ? rows.get(i - 1).cell(0).english() : "";
            String after = i + 1 < rows.size() ? rows.get(i + 1).cell(0).english() : "";
            namesByNeighbours.putIfAbsent(before + '|' + after, name);
            namesByNeighbours.putIfAbsent(before + '|' + ANY, name);
            namesByNeighbours.putIfAbsent(ANY + '|' + after, name);
            if (row.cells().size() > 2) {
                namesByDescription.putIfAbsent(row.cell(2).english().toLowerCase(Locale.ROOT),
                        "'" + name + "' (" + page.page().path() + ":" + row.line() + ")");
            }
        }
    }

    List<PermissionStatement> permissions() {
        return permissions;
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
