package dev.wfi.errata.report;

import dev.wfi.errata.DocumentSummary;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Excerpt;
import dev.wfi.errata.Finding;
import dev.wfi.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page as the human-readable reports show it: its summary, its findings and their counts by severity, and the
 * lines quoted around them. Findings whose path names no document still get a page, so nothing in a report is dropped.
 */
record Page(String path, String locale, String format, int examples, String scope, List<Finding> findings,
            Excerpt excerpt) {

    static List<Page> of(ErrataReport report) {
        Map<String, Page> pages = new LinkedHashMap<>();
        for (DocumentSummary document : report.documents()) {
            pages.put(document.path(), new Page(document.path(), document.locale(), document.format(),
                    document.examples(), document.scope(), new ArrayList<>(), document.excerpt()));
        }
        for (Finding finding : report.findings()) {
            pages.computeIfAbsent(finding.path(), path -> new Page(path, "", "", 0, "", new ArrayList<>(), Excerpt.NONE))
                    .findings().add(finding);
        }
        return pages.values().stream()
                .map(page -> new Page(page.path, page.locale, page.format, page.examples, page.scope,
                        List.copyOf(page.findings), page.excerpt))
                .toList();
    }

    long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** "3 errors, 1 warning, 0 notes"-style counts shared by every human-readable form. */
    static String totals(ErrataReport report) {
        long unregistered = report.findings().stream().filter(f -> !f.registered()).count();
        String line = plural(report.documents().size(), "page") + ", " + plural(report.exampleCount(), "example")
                + ": " + plural(report.count(Severity.ERROR), "error")
                + ", " + plural(report.count(Severity.WARNING), "warning")
                + ", " + plural(report.count(Severity.NOTE), "note");
        return unregistered == 0 ? line : line + " (" + unregistered + " not in the errata registry)";
    }

    /** What the contract covered: "checked against the contract: 2 pages, 9 examples; for syntax only: 1 page, 3 examples". */
    static String scope(ErrataReport report) {
        long pages = report.contractDocuments();
        int examples = report.contractExamples();
        return "checked against the contract: " + plural(pages, "page") + ", " + plural(examples, "example")
                + "; for syntax only: " + plural(report.documents().size() - pages, "page") + ", "
                + plural(report.exampleCount() - examples, "example");
    }

    /** A fix as one line of text: its line breaks shown as \n. */
    static String fixText(Finding finding) {
        return finding.fixOf().map(fix -> fix.replacement().isEmpty() ? "(delete it)"
                : fix.replacement().replace("\n", "\\n")).orElse("");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "line:column", or what is known of it (0 means unknown). */
    static String position(Finding finding) {
        if (finding.line() <= 0) {
            return "";
        }
        return finding.column() <= 0 ? String.valueOf(finding.line()) : finding.line() + ":" + finding.column();
    }
}
