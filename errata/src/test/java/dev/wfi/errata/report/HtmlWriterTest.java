package dev.wfi.errata.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    @Test
    void rendersScriptInMessageAndPathInert() {
        String html = ReportFormat.HTML.render(SampleReports.hostile());
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), html);
        assertTrue(html.contains("pages/&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;.md"), html);
        assertTrue(html.contains("bad value &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp; | `code`"), html);
    }

    @Test
    void isSelfContained() {
        String html = ReportFormat.HTML.render(SampleReports.typical()).toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("http://"));
        assertFalse(html.contains("https://"));
        assertFalse(html.contains("src="));
        assertTrue(html.contains("<style>"));
        assertTrue(html.contains("content-security-policy"));
    }

    @Test
    void quotesTheNumberedLinesAroundAFindingWithTheSpanMarkedAndTheFixApplied() {
        String html = ReportFormat.HTML.render(SampleReports.typical());
        assertTrue(html.contains("<span class=\"l\" data-n=\"135\">  &quot;encryption&quot;: {</span>"), html);
        assertTrue(html.contains("<span class=\"l del\" data-n=\"137\">    &quot;secret&quot;: "
                + "<mark>&quot;SecretValue1&quot;</mark></span>"), "the span the fix replaces is marked");
        assertTrue(html.contains("<span class=\"l\" data-n=\"137\">    &quot;secret&quot;: <ins>null</ins></span>"),
                "the line as the fix leaves it");
        assertTrue(html.contains("<span class=\"l hit\" data-n=\"212\">| <mark>Имя</mark> | String"),
                "without a fix, the token at the finding's column is marked");
    }

    @Test
    void saysWhenTheRunKeptNoLinesOfAPageForItsBudget() {
        dev.wfi.errata.ErrataReport typical = SampleReports.typical();
        String quoted = ReportFormat.HTML.render(typical);
        assertFalse(quoted.contains("are not quoted"), quoted);
        java.util.List<dev.wfi.errata.DocumentSummary> documents = typical.documents().stream()
                .map(d -> new dev.wfi.errata.DocumentSummary(d.path(), d.locale(), d.format(), d.examples(), d.contract(),
                        d.contractExamples(), dev.wfi.errata.Excerpt.OVER_BUDGET)).toList();
        String html = ReportFormat.HTML.render(new dev.wfi.errata.ErrataReport(typical.toolVersion(), documents,
                typical.findings(), typical.inputErrors()));
        assertTrue(html.contains("The lines of 3 pages are not quoted: the run kept as many page lines as its memory budget allows."), html);
    }

    @Test
    void quotesPageLinesEscaped() {
        String html = ReportFormat.HTML.render(SampleReports.hostile());
        int line = html.indexOf("data-n=\"3\">");
        assertTrue(line > 0, html);
        String quoted = html.substring(line, html.indexOf("</span>", line));
        assertTrue(quoted.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"), quoted);
    }

    @Test
    void namesFiltersAndClassesByNumberNeverByPageText() {
        String html = ReportFormat.HTML.render(SampleReports.hostile());
        assertTrue(html.contains("<section class=\"page l1\" id=\"page-1\">"), html);
        assertTrue(html.contains("<article class=\"finding s-error r1\" id=\"f-1\">"), html);
    }
}
