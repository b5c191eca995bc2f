package dev.wfi.errata.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of a page (markdown table, pipe-separated plain text, or one cell per line), reduced to
 * what the checks need. Cells keep the English original where a localized page has one.
 *
 * @param section the page section the table stands in; what the table is follows from it, and from the
 *     table's own structure where the section is not known
 */
public record DocTable(Type type, int line, Section section, List<Cell> header, List<Row> rows) {

    public enum Type { PERMISSIONS, PROPERTIES, HEADERS, OPERATIONS, OTHER }

    private static final Pattern SCOPE = Pattern.compile("\\b[A-Z][A-Za-z]+\\.[A-Z][A-Za-z]+(?:\\.[A-Z][A-Za-z]+)?\\b");
    private static final Pattern IDENTIFIER = Pattern.compile("^@?[a-z][A-Za-z0-9.]*$");
    private static final Pattern HEADER_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$|^(Authorization|Prefer|Accept|If-Match)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param text    the cell's text as the page's reader sees it (the translation on localized pages)
     * @param english the English original (from {@code sxs-lookup} spans), or the text itself
     * @param codes   inline code spans, in order (English side)
     */
    public record Cell(String text, String english, List<String> codes) {
        public Cell {
            codes = List.copyOf(codes);
        }

        public static Cell plain(String text) {
            return new Cell(text.strip(), text.strip(), List.of());
        }

        public boolean isTranslated() {
            return !text.equals(english);
        }
    }

    /** A row; {@code orphan} marks a plain-text row that lost its leading cells in rendering. */
    public record Row(int line, List<Cell> cells, boolean orphan) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int i) {
            return i < cells.size() ? cells.get(i) : Cell.plain("");
        }
    }

    public DocTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public boolean isRequestBody() {
        return section == Section.REQUEST_BODY;
    }

    /** The same table, standing in another section (the section inferred from the page's order). */
    public DocTable in(Section other) {
        return new DocTable(classify(other, header, rows), line, other, header, rows);
    }

    /** What a table is: from the section it stands in, or from its cells where the section does not tell. */
    static Type classify(Section section, List<Cell> header, List<Row> rows) {
        switch (section) {
            case PERMISSIONS:
                return Type.PERMISSIONS;
            case REQUEST_HEADERS:
                return Type.HEADERS;
            case METHODS:
                return Type.OPERATIONS;
            case REQUEST_BODY, PROPERTIES, RELATIONSHIPS:
                return header.size() >= 2 ? Type.PROPERTIES : Type.OTHER;
            case QUERY_PARAMETERS, HTTP_REQUEST, RESPONSE, EXAMPLES, JSON_REPRESENTATION:
                return Type.OTHER;
            default:
                return byCells(rows);
        }
    }

    /** Scopes in the cells after the first make a permissions table; header tokens, a headers table; names and types, properties. */
    private static Type byCells(List<Row> rows) {
        if (rows.isEmpty()) {
            return Type.OTHER;
        }
        int scopes = 0;
        int headerNames = 0;
        int properties = 0;
        for (Row row : rows) {
            String rest = row.cells().stream().skip(1).map(Cell::english).reduce("", (a, b) -> a + " " + b);
            if (SCOPE.matcher(rest).find()) {
                scopes++;
            }
            String first = row.cell(0).english();
            if (HEADER_NAME.matcher(first).matches()) {
                headerNames++;
            }
            if (row.cells().size() >= 3 && IDENTIFIER.matcher(first).matches() && !row.cell(1).english().isBlank()) {
                properties++;
            }
        }
        if (scopes * 2 >= rows.size() && rows.size() <= 4) {
            return Type.PERMISSIONS;
        }
        if (headerNames * 2 > rows.size()) {
            return Type.HEADERS;
        }
        return properties * 2 > rows.size() ? Type.PROPERTIES : Type.OTHER;
    }
}
