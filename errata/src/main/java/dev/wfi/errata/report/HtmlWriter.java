package dev.wfi.errata.report;

import dev.wfi.report.Escape;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.InputError;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report as one self-contained HTML page: inline CSS, no scripts, no external assets. Every string that
 * comes from a document is escaped, and the content security policy forbids scripts should one slip through.
 */
final class HtmlWriter {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:96rem;\
            padding:0 1rem;color:#1f2328;background:#fff}
            h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;overflow-wrap:anywhere}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.rule{white-space:nowrap}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
            .error{color:#cf222e;font-weight:600}.warning{color:#9a6700;font-weight:600}.note{color:#0969da}
            .new{background:#fff8c5}.muted{color:#656d76}
            """;

    private HtmlWriter() {
    }

    static void write(ErrataReport report, Writer out) throws IOException {
        List<Page> pages = Page.of(report);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Errata report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Errata report</h1>\n<p class=\"muted\">wfi ").append(Escape.html(report.toolVersion()))
                .append(": ").append(Escape.html(Page.totals(report))).append("; ").append(Escape.html(Page.scope(report)))
                .append(".</p>\n");
        html.append("<h2>Pages</h2>\n<table>\n<thead><tr><th>Page</th><th>Locale</th><th>Format</th><th>Scope</th>")
                .append("<th>Examples</th><th>Errors</th><th>Warnings</th><th>Notes</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            html.append("<tr><td><a href=\"#page-").append(i + 1).append("\"><code>").append(Escape.html(page.path()))
                    .append("</code></a></td><td>").append(Escape.html(page.locale()))
                    .append("</td><td>").append(Escape.html(page.format()))
                    .append("</td><td>").append(Escape.html(page.scope()))
                    .append("</td><td class=\"n\">").append(page.examples())
                    .append("</td><td class=\"n\">").append(page.count(Severity.ERROR))
                    .append("</td><td class=\"n\">").append(page.count(Severity.WARNING))
                    .append("</td><td class=\"n\">").append(page.count(Severity.NOTE)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            html.append("<h2 id=\"page-").append(i + 1).append("\"><code>").append(Escape.html(page.path()))
                    .append("</code></h2>\n");
            if (page.findings().isEmpty()) {
                html.append("<p class=\"muted\">No findings.</p>\n");
                continue;
            }
            html.append("<table>\n<thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Kind</th>")
                    .append("<th>Example</th><th>Pointer</th><th>Message</th><th>Fix</th><th>Registered</th></tr></thead>\n<tbody>\n");
            for (Finding finding : page.findings()) {
                html.append(finding.registered() ? "<tr>" : "<tr class=\"new\">")
                        .append("<td class=\"n\">").append(Page.position(finding))
                        .append("</td><td class=\"").append(finding.severity().label()).append("\">")
                        .append(finding.severity().label())
                        .append("</td><td class=\"rule\"><code>").append(Escape.html(finding.ruleId()))
                        .append("</code></td><td>").append(finding.kind().label())
                        .append("</td><td>").append(code(finding.example()))
                        .append("</td><td>").append(code(finding.pointer()))
                        .append("</td><td>").append(Escape.html(finding.message()))
                        .append("</td><td>").append(code(finding.fix() == null ? null : Page.fixText(finding)))
                        .append("</td><td>").append(finding.registered() ? "yes" : "new").append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        if (!report.inputErrors().isEmpty()) {
            html.append("<h2>Inputs not read</h2>\n<ul>\n");
            for (InputError error : report.inputErrors()) {
                html.append("<li><code>").append(Escape.html(error.path())).append("</code>: ")
                        .append(Escape.html(error.cause())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</body>\n</html>\n");
        out.write(html.toString());
        out.flush();
    }

    private static String code(String text) {
        return text == null ? "" : "<code>" + Escape.html(text) + "</code>";
    }
}
