package dev.wfi.errata.report;

import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Excerpt;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Fix;
import dev.wfi.errata.InputError;
import dev.wfi.report.Escape;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report as one self-contained HTML page a writer reads: bar charts of the findings by severity, locale and rule
 * (inline SVG), the findings page by page with the lines around each (the span marked, the fix applied), the errata
 * copied onto several pages, and filters by severity, locale and rule. No script at all: the filters are checkboxes
 * that CSS {@code :has()} reads, so the content security policy forbids every script. Every string that comes from a
 * page is escaped; classes and ids are numbers, never page text.
 */
final class HtmlWriter {

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff;\
            display:grid;grid-template-columns:17rem minmax(0,1fr);counter-reset:shown}
            aside{position:sticky;top:0;align-self:start;min-height:100vh;max-height:100vh;overflow-y:auto;padding:1rem;\
            border-right:1px solid #d0d7de;background:#f6f8fa}
            main{padding:1rem 2rem 4rem;min-width:0}
            @media (max-width:60rem){body{display:block}aside{position:static;min-height:0;max-height:none;border:0}}
            h1{font-size:1.6rem;margin:.5rem 0 .25rem}h2{font-size:1.25rem;margin-top:2rem}
            h3{font-size:1rem;margin:0 0 .5rem;overflow-wrap:anywhere}
            code,.src{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
            code,.msg,.src .l{overflow-wrap:anywhere;unicode-bidi:isolate}
            .muted{color:#656d76}
            fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:600;padding:0;margin-bottom:.25rem}
            aside label{display:flex;gap:.4rem;align-items:baseline;padding:.05rem 0;overflow-wrap:anywhere}
            aside label .n{flex:none;margin-left:auto;color:#656d76;font-variant-numeric:tabular-nums}
            aside .rules label{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem}
            .charts{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
            figure{margin:0}figcaption{font-weight:600;margin-bottom:.25rem}
            svg.bars{max-width:100%;height:auto;font:11px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            svg.bars text{fill:#1f2328}svg.bars text.count{fill:#656d76}
            .error{color:#cf222e}.warning{color:#9a6700}.note{color:#0969da}
            rect.error{fill:#cf222e}rect.warning{fill:#d4a72c}rect.note{fill:#54aeff}
            .key span::before{content:"";display:inline-block;width:.7em;height:.7em;margin:0 .3em 0 .8em}
            .key .error::before{background:#cf222e}.key .warning::before{background:#d4a72c}\
            .key .note::before{background:#54aeff}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            section.page,section.group{border:1px solid #d0d7de;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}
            .finding{border-top:1px solid #eaeef2;padding:.6rem 0}.finding:first-of-type{border-top:0}
            .finding{counter-increment:shown}
            .head{display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline}
            .sev{font-weight:600}.badge{background:#fff8c5;border:1px solid #d4a72c;border-radius:1em;padding:0 .5em;\
            font-size:.8em}
            .msg{margin:.3rem 0}
            .src{background:#f6f8fa;border:1px solid #eaeef2;border-radius:4px;padding:.3rem 0;margin:.3rem 0}
            .src .l{display:block;white-space:pre-wrap;padding:0 .5rem 0 4.5em;text-indent:-4em;min-height:1.45em}
            .src .l::before{content:attr(data-n);display:inline-block;width:3.2em;margin-right:.8em;text-align:right;\
            color:#8c959f;text-indent:0}
            .src .hit{background:#fff8c5}.src .del{background:#ffebe9}.fixed .l{background:#dafbe1}
            .fixed .l::before{content:"+" attr(data-n)}
            mark{background:#ffcecb;color:inherit;outline:1px solid #cf222e;border-radius:2px}
            mark:empty{outline:0;border-left:2px solid #cf222e}
            ins{background:#aceebb;text-decoration:none;border-radius:2px}
            .cut{color:#8c959f}
            .fix code{background:#dafbe1;padding:0 .2em}
            .shown{position:fixed;right:1rem;bottom:1rem;background:#1f2328;color:#fff;border-radius:1em;\
            padding:.2rem .8rem;font-size:.85rem}
            .shown::before{content:counter(shown) " of " attr(data-total) " findings shown"}
            """;

    private final ErrataReport report;
    private final List<Page> pages;
    private final Map<Finding, Integer> findingId = new IdentityHashMap<>();
    private final Map<Finding, Integer> groupOf = new IdentityHashMap<>();
    private final Map<Finding, String> localeOf = new IdentityHashMap<>();
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final Map<String, Integer> localeIndex = new LinkedHashMap<>();
    private final StringBuilder html = new StringBuilder();

    private HtmlWriter(ErrataReport report) {
        this.report = report;
        this.pages = Page.of(report);
        for (int i = 0; i < report.findings().size(); i++) {
            findingId.put(report.findings().get(i), i + 1);
        }
        List<List<Finding>> groups = report.groups();
        for (int g = 0; g < groups.size(); g++) {
            for (Finding member : groups.get(g)) {
                groupOf.put(member, g + 1);
            }
        }
        for (Page page : pages) {
            page.findings().forEach(finding -> localeOf.put(finding, locale(page)));
        }
        report.findings().stream().map(Finding::ruleId).sorted().distinct()
                .forEach(rule -> ruleIndex.put(rule, ruleIndex.size() + 1));
        pages.stream().filter(page -> !page.findings().isEmpty()).map(HtmlWriter::locale).sorted().distinct()
                .forEach(locale -> localeIndex.put(locale, localeIndex.size() + 1));
    }

    static void write(ErrataReport report, Writer out) throws IOException {
        out.write(new HtmlWriter(report).render());
        out.flush();
    }

    private String render() {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Errata report</title>\n<style>\n").append(STYLE).append(filterStyle())
                .append("</style>\n</head>\n<body>\n");
        filters();
        html.append("<main>\n<h1>Errata report</h1>\n<p class=\"muted\">wfi ").append(Escape.html(report.toolVersion()))
                .append(": ").append(Escape.html(Page.totals(report))).append("; ").append(Escape.html(Page.scope(report)))
                .append(".</p>\n");
        charts();
        pageTable();
        findings();
        groups();
        inputsNotRead();
        html.append("</main>\n<div class=\"shown\" data-total=\"").append(report.findings().size())
                .append("\"></div>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * One rule per unchecked box hides what it names. A page (or group) is shown only while one of its findings passes
     * the severity and rule filters: one rule per pair the report holds, as CSS cannot ask whether a child is shown.
     */
    private String filterStyle() {
        StringBuilder css = new StringBuilder("@supports selector(:has(a)){\n");
        for (Severity severity : Severity.values()) {
            hideUnchecked(css, "s-" + severity.label());
        }
        ruleIndex.values().forEach(r -> hideUnchecked(css, "r" + r));
        localeIndex.values().forEach(l -> hideUnchecked(css, "l" + l));
        css.append(".page,.group{display:none}\n");
        TreeSet<String> pairs = new TreeSet<>();
        report.findings().forEach(f -> pairs.add(f.severity().label() + " " + ruleIndex.get(f.ruleId())));
        for (String pair : pairs) {
            String severity = "s-" + pair.substring(0, pair.indexOf(' '));
            String rule = "r" + pair.substring(pair.indexOf(' ') + 1);
            css.append("body:has(#").append(severity).append(":checked):has(#").append(rule).append(":checked) :is(.page:has(.")
                    .append(severity).append('.').append(rule).append("),.group.").append(severity).append('.').append(rule)
                    .append("){display:block}\n");
        }
        return css.append("}\n").toString();
    }

    private static void hideUnchecked(StringBuilder css, String id) {
        css.append("body:has(#").append(id).append(":not(:checked)) .").append(id).append("{display:none!important}\n");
    }

    private void filters() {
        html.append("<aside>\n<form aria-label=\"Filters\">\n<fieldset><legend>Severity</legend>\n");
        for (Severity severity : Severity.values()) {
            checkbox("s-" + severity.label(), "<span class=\"sev " + severity.label() + "\">" + severity.label() + "</span>",
                    report.count(severity));
        }
        html.append("</fieldset>\n<fieldset><legend>Locale</legend>\n");
        localeIndex.forEach((locale, l) -> checkbox("l" + l, Escape.html(locale),
                report.findings().stream().filter(f -> localeOf.get(f).equals(locale)).count()));
        html.append("</fieldset>\n<fieldset class=\"rules\"><legend>Rule</legend>\n");
        ruleIndex.forEach((rule, r) -> checkbox("r" + r, Escape.html(rule),
                report.findings().stream().filter(f -> f.ruleId().equals(rule)).count()));
        html.append("</fieldset>\n<input type=\"reset\" value=\"Show all\">\n</form>\n</aside>\n");
    }

    private void checkbox(String id, String label, long count) {
        html.append("<label><input type=\"checkbox\" id=\"").append(id).append("\" checked> ").append(label)
                .append("<span class=\"n\">").append(count).append("</span></label>\n");
    }

    private void charts() {
        html.append("<section class=\"charts\" aria-label=\"Summary\">\n");
        Map<String, long[]> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            long[] counts = new long[Severity.values().length];
            counts[severity.ordinal()] = report.count(severity);
            bySeverity.put(severity.label(), counts);
        }
        Map<String, long[]> byLocale = new TreeMap<>();
        Map<String, long[]> byRule = new TreeMap<>();
        for (Finding finding : report.findings()) {
            byLocale.computeIfAbsent(localeOf.get(finding), k -> new long[Severity.values().length])[finding.severity().ordinal()]++;
            byRule.computeIfAbsent(finding.ruleId(), k -> new long[Severity.values().length])[finding.severity().ordinal()]++;
        }
        html.append("<div>\n");
        BarChart.of("Findings by severity", bySeverity, false).appendTo(html);
        BarChart.of("Findings by locale", byLocale, true).appendTo(html);
        html.append("<p class=\"key muted\">Bars:<span class=\"error\">error</span><span class=\"warning\">warning</span>")
                .append("<span class=\"note\">note</span></p>\n</div>\n");
        BarChart.of("Findings by rule", byRule, true).appendTo(html);
        html.append("</section>\n");
    }

    private void pageTable() {
        html.append("<details>\n<summary>").append(Page.plural(pages.size(), "page")).append(" read</summary>\n")
                .append("<table>\n<thead><tr><th>Page</th><th>Locale</th><th>Format</th><th>Scope</th>")
                .append("<th>Examples</th><th>Errors</th><th>Warnings</th><th>Notes</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            String path = "<code>" + Escape.html(page.path()) + "</code>";
            html.append("<tr><td>").append(page.findings().isEmpty() ? path : "<a href=\"#page-" + (i + 1) + "\">" + path + "</a>")
                    .append("</td><td>").append(Escape.html(page.locale()))
                    .append("</td><td>").append(Escape.html(page.format()))
                    .append("</td><td>").append(Escape.html(page.scope()))
                    .append("</td><td class=\"n\">").append(page.examples())
                    .append("</td><td class=\"n\">").append(page.count(Severity.ERROR))
                    .append("</td><td class=\"n\">").append(page.count(Severity.WARNING))
                    .append("</td><td class=\"n\">").append(page.count(Severity.NOTE)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</details>\n");
    }

    private void findings() {
        long withFindings = pages.stream().filter(page -> !page.findings().isEmpty()).count();
        html.append("<h2>Findings by page</h2>\n<p class=\"muted\">").append(Page.plural(withFindings, "page"))
                .append(" with findings; ").append(Page.plural(pages.size() - withFindings, "page"))
                .append(" without.</p>\n");
        long unquoted = pages.stream().filter(page -> !page.findings().isEmpty() && page.excerpt().overBudget()).count();
        if (unquoted > 0) {
            // the engine keeps page lines up to a budget, so a run over a whole checkout stays in a small heap
            html.append("<p class=\"muted\">The lines of ").append(Page.plural(unquoted, "page"))
                    .append(" are not quoted: the run kept as many page lines as its memory budget allows.</p>\n");
        }
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (page.findings().isEmpty()) {
                continue;
            }
            html.append("<section class=\"page l").append(localeIndex.get(locale(page))).append("\" id=\"page-").append(i + 1)
                    .append("\">\n<h3><code>").append(Escape.html(page.path())).append("</code> <span class=\"muted\">")
                    .append(Escape.html(locale(page)));
            if (!page.format().isEmpty()) {
                html.append(" · ").append(Escape.html(page.format())).append(" · ").append(Escape.html(page.scope()))
                        .append(" · ").append(Page.plural(page.examples(), "example"));
            }
            html.append("</span></h3>\n");
            for (Finding finding : page.findings()) {
                finding(finding, page.excerpt());
            }
            html.append("</section>\n");
        }
    }

    private void finding(Finding finding, Excerpt excerpt) {
        int id = findingId.get(finding);
        String severity = finding.severity().label();
        html.append("<article class=\"finding s-").append(severity).append(" r").append(ruleIndex.get(finding.ruleId()))
                .append("\" id=\"f-").append(id).append("\">\n<div class=\"head\"><span class=\"sev ").append(severity)
                .append("\">").append(severity).append("</span> <code>").append(Escape.html(finding.ruleId()))
                .append("</code> <span class=\"muted\">").append(finding.kind().label()).append("</span> <a href=\"#f-")
                .append(id).append("\">line ").append(Page.position(finding).isEmpty() ? "?" : Page.position(finding))
                .append("</a>");
        if (finding.example() != null) {
            html.append(" <span class=\"muted\">example <code>").append(Escape.html(finding.example())).append("</code>");
            if (finding.pointer() != null) {
                html.append(" at <code>").append(Escape.html(finding.pointer())).append("</code>");
            }
            html.append("</span>");
        }
        if (!finding.registered()) {
            html.append(" <span class=\"badge\" title=\"not in the errata registry\">new</span>");
        }
        html.append("</div>\n<p class=\"msg\">").append(Escape.html(finding.message())).append("</p>\n");
        Quote.of(finding, excerpt).appendTo(html);
        Integer group = groupOf.get(finding);
        if (group != null) {
            html.append("<p class=\"muted\">The same erratum stands on ")
                    .append(Page.plural(report.groups().get(group - 1).stream().map(Finding::path).distinct().count(), "page"))
                    .append(": <a href=\"#g-").append(group).append("\">group ").append(group).append("</a>.</p>\n");
        }
        html.append("</article>\n");
    }

    private void groups() {
        List<List<Finding>> groups = report.groups();
        if (groups.isEmpty()) {
            return;
        }
        html.append("<h2>The same erratum on several pages</h2>\n<p class=\"muted\">One source copied onto several ")
                .append("pages (a page and its translations, an older repository): fix the source once.</p>\n");
        for (int g = 0; g < groups.size(); g++) {
            Finding first = groups.get(g).get(0);
            String severity = first.severity().label();
            html.append("<section class=\"group s-").append(severity).append(" r").append(ruleIndex.get(first.ruleId()))
                    .append("\" id=\"g-").append(g + 1).append("\">\n<div class=\"head\"><strong>Group ").append(g + 1)
                    .append("</strong> <span class=\"sev ").append(severity).append("\">").append(severity)
                    .append("</span> <code>").append(Escape.html(first.ruleId())).append("</code> <span class=\"muted\">on ")
                    .append(Page.plural(groups.get(g).stream().map(Finding::path).distinct().count(), "page"))
                    .append("</span></div>\n<p class=\"msg\">").append(Escape.html(first.message())).append("</p>\n");
            if (first.fix() != null) {
                html.append("<p class=\"fix\">Fix: <code>").append(Escape.html(Page.fixText(first))).append("</code></p>\n");
            }
            html.append("<ul>\n");
            for (Finding member : groups.get(g)) {
                html.append("<li class=\"l").append(localeIndex.get(localeOf.get(member))).append("\"><a href=\"#f-")
                        .append(findingId.get(member)).append("\"><code>").append(Escape.html(member.path()))
                        .append("</code>:").append(Page.position(member)).append("</a> <span class=\"muted\">")
                        .append(Escape.html(localeOf.get(member))).append("</span></li>\n");
            }
            html.append("</ul>\n</section>\n");
        }
    }

    private void inputsNotRead() {
        if (report.inputErrors().isEmpty()) {
            return;
        }
        html.append("<h2>Inputs not read</h2>\n<ul>\n");
        for (InputError error : report.inputErrors()) {
            html.append("<li><code>").append(Escape.html(error.path())).append("</code>: ")
                    .append(Escape.html(error.cause())).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static String locale(Page page) {
        return page.locale().isEmpty() ? "unknown" : page.locale();
    }

    /** A horizontal bar per label, stacked by severity, in inline SVG. */
    private record BarChart(String title, Map<String, long[]> bars) {

        private static final int ROW = 18;
        private static final int BAR = 12;
        private static final int CHAR = 7;
        private static final int MAX_LABEL = 30;
        private static final int BAR_WIDTH = 220;

        /** {@code bars} by label; {@code byCount} puts the largest first. */
        static BarChart of(String title, Map<String, long[]> bars, boolean byCount) {
            Map<String, long[]> ordered = bars;
            if (byCount) {
                ordered = new LinkedHashMap<>();
                List<Map.Entry<String, long[]>> entries = new ArrayList<>(bars.entrySet());
                entries.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -total(e.getValue()))
                        .thenComparing(Map.Entry::getKey));
                for (Map.Entry<String, long[]> entry : entries) {
                    ordered.put(entry.getKey(), entry.getValue());
                }
            }
            return new BarChart(title, ordered);
        }

        void appendTo(StringBuilder html) {
            int labelWidth = 8 + CHAR * bars.keySet().stream().mapToInt(l -> shortened(l).length()).max().orElse(4);
            long max = Math.max(1, bars.values().stream().mapToLong(BarChart::total).max().orElse(1));
            int width = labelWidth + BAR_WIDTH + 40;
            int height = Math.max(1, bars.size()) * ROW + 4;
            html.append("<figure>\n<figcaption>").append(Escape.html(title)).append("</figcaption>\n")
                    .append("<svg class=\"bars\" width=\"").append(width)
                    .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                    .append(height).append("\" role=\"img\" aria-label=\"").append(Escape.html(title)).append("\">\n");
            int y = 2;
            for (Map.Entry<String, long[]> bar : bars.entrySet()) {
                long[] counts = bar.getValue();
                html.append("<g><title>").append(Escape.html(bar.getKey())).append(": ").append(breakdown(counts))
                        .append("</title><text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + BAR - 2)
                        .append("\" text-anchor=\"end\">").append(Escape.html(shortened(bar.getKey()))).append("</text>");
                double x = labelWidth;
                for (Severity severity : Severity.values()) {
                    long count = counts[severity.ordinal()];
                    if (count > 0) {
                        double w = BAR_WIDTH * (double) count / max;
                        html.append("<rect class=\"").append(severity.label()).append("\" x=\"").append(format(x))
                                .append("\" y=\"").append(y).append("\" width=\"").append(format(w)).append("\" height=\"")
                                .append(BAR).append("\"/>");
                        x += w;
                    }
                }
                html.append("<text class=\"count\" x=\"").append(format(x + 4)).append("\" y=\"").append(y + BAR - 2)
                        .append("\">").append(total(counts)).append("</text></g>\n");
                y += ROW;
            }
            html.append("</svg>\n</figure>\n");
        }

        private static String shortened(String label) {
            return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
        }

        private static String breakdown(long[] counts) {
            List<String> parts = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                if (counts[severity.ordinal()] > 0) {
                    parts.add(Page.plural(counts[severity.ordinal()], severity.label()));
                }
            }
            return String.join(", ", parts);
        }

        private static long total(long[] counts) {
            long sum = 0;
            for (long count : counts) {
                sum += count;
            }
            return sum;
        }

        private static String format(double value) {
            return String.format(java.util.Locale.ROOT, "%.1f", value);
        }
    }

    /**
     * The page lines around one finding, numbered, with what it points at marked: the span its fix replaces, or the
     * token at its column. A fix whose lines were kept is also shown applied.
     */
    private record Quote(Finding finding, List<Excerpt.Line> lines) {

        static Quote of(Finding finding, Excerpt excerpt) {
            return new Quote(finding, excerpt.around(finding));
        }

        void appendTo(StringBuilder html) {
            Fix fix = finding.fix();
            if (!lines.isEmpty()) {
                html.append("<div class=\"src\">");
                for (Excerpt.Line line : lines) {
                    int[] span = marked(line);
                    boolean inFix = fix != null && line.number() >= fix.line() && line.number() <= fix.endLine();
                    html.append("<span class=\"l").append(inFix ? " del" : line.number() == finding.line() ? " hit" : "")
                            .append("\" data-n=\"").append(line.number()).append("\">");
                    text(html, line, span);
                    html.append("</span>");
                }
                html.append("</div>\n");
            }
            if (fix == null) {
                return;
            }
            html.append("<p class=\"fix\">Fix: ").append(fix.replacement().isEmpty() ? "delete the marked text"
                    : "<code>" + Escape.html(Page.fixText(finding)) + "</code>").append("</p>\n");
            List<String> applied = applied(fix);
            if (!applied.isEmpty()) {
                html.append("<div class=\"src fixed\" aria-label=\"after the fix\">");
                for (int i = 0; i < applied.size(); i++) {
                    html.append("<span class=\"l\" data-n=\"").append(fix.line() + i).append("\">")
                            .append(applied.get(i)).append("</span>");
                }
                html.append("</div>\n");
            }
        }

        /** The marked columns of a line, as indexes into its text: from, to (exclusive); null when none. */
        private int[] marked(Excerpt.Line line) {
            Fix fix = finding.fix();
            int n = line.number();
            if (fix != null) {
                if (n < fix.line() || n > fix.endLine()) {
                    return null;
                }
                int from = n == fix.line() ? index(line, fix.column()) : 0;
                int to = n == fix.endLine() ? index(line, fix.endColumn()) : line.text().length();
                return new int[] {from, Math.max(from, to)};
            }
            if (n != finding.line()) {
                return null;
            }
            int from = index(line, finding.column());
            return new int[] {from, tokenEnd(line.text(), from)};
        }

        private static void text(StringBuilder html, Excerpt.Line line, int[] span) {
            if (line.cutBefore()) {
                html.append("<span class=\"cut\">…</span>");
            }
            String text = line.text();
            if (span == null) {
                html.append(Escape.html(text));
            } else {
                html.append(Escape.html(text.substring(0, span[0]))).append("<mark>")
                        .append(Escape.html(text.substring(span[0], span[1]))).append("</mark>")
                        .append(Escape.html(text.substring(span[1])));
            }
            if (line.cutAfter()) {
                html.append("<span class=\"cut\">…</span>");
            }
        }

        /** The fixed lines as HTML, the replacement marked; empty when the span's lines or columns were not kept. */
        private List<String> applied(Fix fix) {
            Excerpt.Line first = lineNumbered(fix.line());
            Excerpt.Line last = lineNumbered(fix.endLine());
            if (first == null || last == null || fix.endLine() - fix.line() >= Excerpt.MAX_FIX_LINES
                    || fix.column() < first.firstColumn() || fix.column() - first.firstColumn() > first.text().length()
                    || fix.endColumn() < last.firstColumn()) {
                return List.of();
            }
            String before = first.text().substring(0, index(first, fix.column()));
            String after = last.text().substring(index(last, fix.endColumn()));
            String[] replaced = fix.replacement().split("\r?\n", -1);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < replaced.length; i++) {
                StringBuilder line = new StringBuilder();
                if (i == 0) {
                    line.append(first.cutBefore() ? "<span class=\"cut\">…</span>" : "").append(Escape.html(before));
                }
                line.append(replaced[i].isEmpty() ? "" : "<ins>" + Escape.html(replaced[i]) + "</ins>");
                if (i == replaced.length - 1) {
                    line.append(Escape.html(after)).append(last.cutAfter() ? "<span class=\"cut\">…</span>" : "");
                }
                out.add(line.toString());
            }
            return out;
        }

        private Excerpt.Line lineNumbered(int number) {
            return lines.stream().filter(line -> line.number() == number).findFirst().orElse(null);
        }

        /** A 1-based page column as an index into the kept text of a line, clamped to it. */
        private static int index(Excerpt.Line line, int column) {
            return Math.max(0, Math.min(line.text().length(), column - line.firstColumn()));
        }

        /** The end of the token that starts at {@code from}: a quoted string to its closing quote, else a word. */
        private static int tokenEnd(String text, int from) {
            if (from >= text.length() || Character.isWhitespace(text.charAt(from))) {
                return from;
            }
            char quote = text.charAt(from);
            if (quote == '"' || quote == '“' || quote == '”') {
                for (int i = from + 1; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\\') {
                        i++;
                    } else if (c == '"' || c == '“' || c == '”') {
                        return i + 1;
                    }
                }
                return text.length();
            }
            int end = from + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",;:)]}\"".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return end;
        }
    }
}
