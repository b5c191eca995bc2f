package dev.wfi.errata.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads plain-text renders of doc pages, which have no fences: examples are found by their HTTP start
 * lines, and tables either as pipe-separated lines or, where the render put one cell per line, by the
 * Graph docs' standard header cells.
 */
final class PlainTextReader {

    private static final Pattern IDENTIFIER = Pattern.compile("^[a-z][A-Za-z0-9]*$");
    private static final Pattern TYPE_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9.]*$");
    private static final List<String> PERMISSION_HEADER =
            List.of("Permission type", "Least privileged permissions", "Higher privileged permissions");
    private static final List<String> PROPERTY_HEADER = List.of("Property", "Type", "Description");

    private PlainTextReader() {
    }

    /**
     * A table's separator row ({@code |---|:--:|}): cells of at least three dashes, optionally colon-aligned. Checked
     * cell by cell; the regular expression it replaces recursed once per column and overflowed the stack on a
     * 1,000-column table.
     */
    static boolean isSeparatorRow(String line) {
        String row = line.strip();
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|")) {
            row = row.substring(0, row.length() - 1);
        }
        for (String cell : row.split("\\|", -1)) {
            String dashes = cell.strip();
            int start = dashes.startsWith(":") ? 1 : 0;
            int end = dashes.endsWith(":") && dashes.length() > start ? dashes.length() - 1 : dashes.length();
            if (end - start < 3 || !dashes.substring(start, end).chars().allMatch(c -> c == '-')) {
                return false;
            }
        }
        return true;
    }

    static ExtractedPage read(Page page) {
        List<String> lines = page.lines();
        List<DocumentedExample> examples = new ArrayList<>();
        List<DocTable> tables = new ArrayList<>();
        List<ExtractedPage.Syntax> syntax = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (HttpText.requestLine(line).isPresent() || HttpText.statusLine(line).isPresent()) {
                String id = page.path() + "#" + (examples.size() + 1);
                MessageReader.Read read = MessageReader.read(id, lines.subList(i, lines.size()), i + 1, false, null);
                read.example().ifPresent(e -> {
                    if (isSyntaxTemplate(e)) {
                        syntax.add(new ExtractedPage.Syntax(e.method(), e.url(), e.line()));
                    } else {
                        examples.add(e);
                    }
                });
                i += Math.max(read.linesUsed(), 1);
            } else if (i + 1 < lines.size() && line.contains("|") && isSeparatorRow(lines.get(i + 1))) {
                i = pipeTable(lines, i, tables);
            } else if (startsWith(lines, i, PERMISSION_HEADER)) {
                i = permissionLines(lines, i, tables);
            } else if (startsWith(lines, i, PROPERTY_HEADER)) {
                i = propertyLines(lines, i, tables);
            } else {
                i++;
            }
        }
        return new ExtractedPage(page, examples, tables, List.of(), syntax, List.of());
    }

    /** "PATCH /teamwork/..." alone under "HTTP request": the syntax, not an example. */
    private static boolean isSyntaxTemplate(DocumentedExample e) {
        return e.role() == DocumentedExample.Role.REQUEST && e.url().startsWith("/") && e.headers().isEmpty()
                && e.body().isEmpty();
    }

    private static boolean startsWith(List<String> lines, int i, List<String> cells) {
        if (i + cells.size() > lines.size()) {
            return false;
        }
        for (int k = 0; k < cells.size(); k++) {
            if (!lines.get(i + k).strip().equalsIgnoreCase(cells.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static int pipeTable(List<String> lines, int headerIndex, List<DocTable> tables) {
        List<DocTable.Cell> header = cells(lines.get(headerIndex));
        List<DocTable.Row> rows = new ArrayList<>();
        int j = headerIndex + 2;
        while (j < lines.size() && lines.get(j).contains("|")) {
            int rowLine = j + 1;
            StringBuilder row = new StringBuilder(lines.get(j));
            // a render wraps long cells onto the next line; the row ends at its closing pipe
            while (!row.toString().strip().endsWith("|") && j + 1 < lines.size() && !lines.get(j + 1).isBlank()) {
                j++;
                row.append('\n').append(lines.get(j));
            }
            rows.add(new DocTable.Row(rowLine, cells(row.toString()), false));
            j++;
        }
        Section section = section(lines, headerIndex);
        tables.add(new DocTable(DocTable.classify(section, header, rows), headerIndex + 1, section, header, rows));
        return j;
    }

    private static List<DocTable.Cell> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        return Arrays.stream(s.split("\\|", -1)).map(DocTable.Cell::plain).toList();
    }

    private static int permissionLines(List<String> lines, int headerIndex, List<DocTable> tables) {
        List<DocTable.Row> rows = new ArrayList<>();
        int j = headerIndex + PERMISSION_HEADER.size();
        while (j + 2 < lines.size() && isPermissionType(lines.get(j))) {
            rows.add(new DocTable.Row(j + 1,
                    List.of(DocTable.Cell.plain(lines.get(j)), DocTable.Cell.plain(lines.get(j + 1)),
                            DocTable.Cell.plain(lines.get(j + 2))), false));
            j += 3;
        }
        tables.add(new DocTable(DocTable.Type.PERMISSIONS, headerIndex + 1, Section.PERMISSIONS,
                PERMISSION_HEADER.stream().map(DocTable.Cell::plain).toList(), rows));
        return j;
    }

    /**
     * Renders drop heading marks; the nearest short line above the table that is not a sentence stands in, read
     * as an English heading (a translated one leaves the section to the table's cells and the page's order).
     */
    private static Section section(List<String> lines, int headerIndex) {
        for (int j = headerIndex - 1; j >= 0 && j >= headerIndex - 4; j--) {
            String s = lines.get(j).strip();
            if (!s.isEmpty() && s.length() <= 30 && !s.endsWith(".") && !s.endsWith("。") && !s.contains("|")) {
                return Section.of("", s);
            }
        }
        return Section.OTHER;
    }

    private static boolean isPermissionType(String line) {
        String s = line.strip();
        return s.startsWith("Delegated") || s.equals("Application");
    }

    private static int propertyLines(List<String> lines, int headerIndex, List<DocTable> tables) {
        List<DocTable.Row> rows = new ArrayList<>();
        int j = headerIndex + PROPERTY_HEADER.size();
        while (j < lines.size()) {
            String s = lines.get(j).strip();
            Optional<String> type = j + 1 < lines.size() ? Optional.of(lines.get(j + 1).strip()) : Optional.empty();
            if (IDENTIFIER.matcher(s).matches() && type.filter(t -> TYPE_NAME.matcher(t).matches()).isPresent()
                    && j + 2 < lines.size()) {
                rows.add(new DocTable.Row(j + 1, List.of(DocTable.Cell.plain(s), DocTable.Cell.plain(type.get()),
                        DocTable.Cell.plain(lines.get(j + 2))), false));
                j += 3;
            } else if (s.contains(" ") && s.endsWith(".")) {
                // a description with no name and type before it: the render lost the row's first cells
                rows.add(new DocTable.Row(j + 1, List.of(DocTable.Cell.plain(""), DocTable.Cell.plain(""),
                        DocTable.Cell.plain(s)), true));
                j++;
            } else {
                break;
            }
        }
        tables.add(new DocTable(DocTable.Type.PROPERTIES, headerIndex + 1, section(lines, headerIndex),
                PROPERTY_HEADER.stream().map(DocTable.Cell::plain).toList(), rows));
        return j;
    }
}
