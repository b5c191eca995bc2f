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

}
