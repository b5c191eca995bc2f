package dev.wfi.errata.report;

import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Progress;
import dev.wfi.errata.extract.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page whose content carries markup, run through the engine and rendered: the markup must stay inert text. The page
 * documents an operation of the contract, so its callback URL that matches none is a finding that quotes the page.
 */
class HostilePageTest {

    private static final String PAGE = String.join("\n",
            "# <script>alert('title')</script>",
            "",
            "## HTTP request",
            "",
            "```http",
            "POST /teamwork/workforceIntegrations",
            "```",
            "",
            "## Example",
            "",
            "```http",
            "POST https://wfm.example.com/<script>alert(1)</script>",
            "Content-Type: application/json",
            "",
            "{ \"tenantId\": \"<img src=x onerror=alert(2)>\" }",
            "```",
            "");

    private final ErrataReport report = ErrataEngine.load()
            .check(List.of(new SourceText("evil<script>.md", PAGE)), List.of(), Progress.NONE);

    @Test
    void theEngineReportsTheMarkupCarryingUrl() {
        assertTrue(report.findings().stream().anyMatch(f -> f.message().contains("<script>alert(1)</script>")),
                () -> "expected a URL finding quoting the page: " + report.findings());
    }

    @Test
    void htmlRendersPageContentInert() {
        String html = ReportFormat.HTML.render(report);
        assertFalse(html.contains("<script"), "a live <script> element in the HTML report");
        assertFalse(html.contains("<img"), "a live <img> element in the HTML report");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the URL is shown, escaped");
        assertTrue(html.contains("evil&lt;script&gt;.md"), "the page path is shown, escaped");
    }

    @Test
    void markdownRendersPageContentInert() {
        String md = ReportFormat.MD.render(report);
        assertFalse(md.contains("<script>"), "raw HTML in the Markdown report would run in a renderer that allows it");
    }
}
