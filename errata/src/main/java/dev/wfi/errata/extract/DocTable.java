package dev.wfi.errata.extract;

import java.util.List;
import java.util.Locale;

/**
 * A table of a page (markdown table, pipe-separated plain text, or one cell per line), reduced to
 * what the checks need. Cells keep the English original where a localized page has one.
 */
/**
 * @param section the English heading the table stands under ("Request body", "Properties"), or ""
 */
public record DocTable(Type type, int line, String section, List<Cell> header, List<Row> rows) {

    public enum Type { PERMISSIONS, PROPERTIES, HEADERS, OPERATIONS, OTHER }

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

    public boolean isRequestBody() {
        String s = section.toLowerCase(Locale.ROOT);
        return s.contains("request body") || s.contains("请求正文");
    }

    public DocTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Classifies a table by its header, in the locales the docs are published in. */
    static Type classify(List<Cell> header) {
        if (header.isEmpty()) {
            return Type.OTHER;
        }
        String first = norm(header.get(0).english());
        String second = header.size() > 1 ? norm(header.get(1).english()) : "";
        if (first.startsWith("permission type") || first.equals("权限类型") || first.equals("тип разрешения")) {
            return Type.PERMISSIONS;
        }
        if ((first.equals("property") || first.equals("name") || first.equals("属性"))
                && (second.equals("type") || second.equals("类型"))) {
            return Type.PROPERTIES;
        }
        if ((first.equals("name") || first.equals("header") || first.equals("名称"))
                && (second.startsWith("description") || second.equals("value") || second.equals("说明"))) {
            return Type.HEADERS;
        }
        if (first.equals("operation")) {
            return Type.OPERATIONS;
        }
        return Type.OTHER;
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
