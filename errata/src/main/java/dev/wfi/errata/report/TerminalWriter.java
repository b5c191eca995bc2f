package dev.wfi.errata.report;

import dev.wfi.report.Escape;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The report for a person at a terminal: a table of pages, the findings of each page, one totals line. */
final class TerminalWriter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private static final String[] HEADER = {"page", "locale", "format", "scope", "examples", "errors", "warnings", "notes"};
    private static final int FIRST_NUMERIC_COLUMN = 4;
    private static final int SEVERITY_WIDTH = Severity.WARNING.label().length();

    private final Writer out;
    private final boolean colour;

    private TerminalWriter(Writer out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    static void write(ErrataReport report, Writer out, boolean colour) throws IOException {
        new TerminalWriter(out, colour).report(report);
        out.flush();
    }

    private void report(ErrataReport report) throws IOException {
        List<Page> pages = Page.of(report);
        out.write(styled(BOLD, "wfi errata " + Escape.terminal(report.toolVersion())) + "\n\n");
        table(pages);
        for (Page page : pages) {
            if (page.findings().isEmpty()) {
                continue;
            }
            out.write("\n" + styled(BOLD, Escape.terminal(page.path())) + "\n");
            for (Finding finding : page.findings()) {
                out.write("  " + location(finding) + "  " + severity(finding.severity()) + "  "
                        + Escape.terminal(finding.ruleId()) + "  " + Escape.terminal(finding.message()) + "\n");
                if (finding.fix() != null) {
                    out.write("      fix: " + Escape.terminal(Page.fixText(finding)) + "\n");
                }
            }
        }
        List<List<Finding>> groups = report.groups();
        if (!groups.isEmpty()) {
            out.write("\n" + styled(BOLD, "The same erratum on several pages (fix the source once)") + "\n");
            for (List<Finding> group : groups) {
                Finding first = group.get(0);
                out.write("  " + Escape.terminal(first.ruleId()) + "  " + Escape.terminal(first.message()) + "\n");
                out.write("      same example in " + Page.plural(group.stream().map(Finding::path).distinct().count(), "page")
                        + ": " + String.join(", ", group.stream().map(this::location).toList()) + "\n");
            }
        }
        out.write("\n" + styled(BOLD, Page.totals(report)) + "\n");
        out.write(Page.scope(report) + "\n");
    }

    private void table(List<Page> pages) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Page page : pages) {
            rows.add(new String[] {
                Escape.terminal(page.path()), Escape.terminal(page.locale()), Escape.terminal(page.format()),
                Escape.terminal(page.scope()), String.valueOf(page.examples()), String.valueOf(page.count(Severity.ERROR)),
                String.valueOf(page.count(Severity.WARNING)), String.valueOf(page.count(Severity.NOTE))});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                String cell = i >= FIRST_NUMERIC_COLUMN ? padLeft(row[i], widths[i]) : padRight(row[i], widths[i]);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            String text = line.toString().stripTrailing();
            out.write((r == 0 ? styled(BOLD, text) : text) + "\n");
        }
    }

    private String location(Finding finding) {
        String position = Page.position(finding);
        return Escape.terminal(finding.path()) + (position.isEmpty() ? "" : ":" + position);
    }

    private String severity(Severity severity) {
        String colourCode = switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case NOTE -> CYAN;
        };
        // padded to the longest label so that rule ids line up
        return styled(colourCode, severity.label()) + " ".repeat(SEVERITY_WIDTH - severity.label().length());
    }

    private String styled(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
