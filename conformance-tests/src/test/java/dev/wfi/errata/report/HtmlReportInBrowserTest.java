package dev.wfi.errata.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Progress;
import dev.wfi.errata.extract.SourceText;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The HTML report of the bundled corpus (seed and development pages) in a real browser, headless Chromium, at 1280 CSS
 * pixels: no script errors or refused scripts, nothing wider than the window, the filters hide what they name, and a
 * screenshot for the README (target/browser/errata-report.png; docs/errata-report.png is a copy of it). Skipped, with
 * the reason, only when no browser is installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HtmlReportInBrowserTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1400;
    private static final Path OUT = Path.of("target/browser");

    /** Elements wider than the window, by tag and class: empty when nothing overflows. */
    private static final String OVERFLOWING = """
            [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .slice(0, 5).map(e => e.tagName + '.' + e.className + ' right=' + e.getBoundingClientRect().right)""";

    private HeadlessChromium browser;
    private ErrataReport report;

    @BeforeAll
    void startBrowser() throws IOException, InterruptedException {
        Optional<Path> installed = HeadlessChromium.find();
        if (installed.isPresent()) {
            browser = HeadlessChromium.start(installed.get());
            report = ErrataEngine.load().checkBundledCorpus(Progress.NONE);
            Files.createDirectories(OUT);
        }
    }

    /** Each test, not the class, is skipped, so the reason is shown for every one of them. */
    @BeforeEach
    void needsBrowser() {
        assumeTrue(browser != null, () -> "skipped: no headless browser (none of " + HeadlessChromium.COMMANDS
                + " is on the PATH, and -Dwfi.chromium names no executable); install one: apt-get install -y chromium");
    }

    @AfterAll
    void stopBrowser() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void corpusReportHasNoScriptErrorsAndNoOverflowAt1280() throws IOException, InterruptedException {
        open(report, "errata.html");
        assertEquals(List.of(), browser.problems(), "script errors, refused scripts or dialogs");
        assertTrue(browser.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth").asBoolean(),
                () -> "the report is wider than " + WIDTH + " px: " + evaluate(OVERFLOWING));
        assertEquals(report.findings().size(), visible(".finding"), "every finding is shown before any filter is used");
        assertEquals(3, browser.evaluate("document.querySelectorAll('svg.bars').length").asInt(), "three bar charts");
        Files.write(OUT.resolve("errata-report.png"), browser.screenshot(WIDTH, HEIGHT));
    }

    @Test
    void filtersHideTheSeverityRuleAndLocaleUnchecked() throws IOException, InterruptedException {
        open(report, "errata.html");
        click("s-error");
        assertEquals(0, visible(".finding.s-error"), "errors hidden");
        assertEquals(report.findings().size() - report.count(Severity.ERROR), visible(".finding"), "the others shown");
        assertEquals(report.groups().stream().filter(g -> g.get(0).severity() != Severity.ERROR).count(), visible(".group"),
                "groups of errors hidden");
        click("s-error");

        Finding first = report.findings().get(0);
        String rule = browser.evaluate("document.querySelector('#f-1').className.split(' ').find(c => /^r\\d+$/.test(c))")
                .asText();
        click(rule);
        assertEquals(report.findings().size() - report.findings().stream().filter(f -> f.ruleId().equals(first.ruleId())).count(),
                visible(".finding"), "the findings of " + first.ruleId() + " hidden");
        click(rule);

        String locale = browser.evaluate("document.getElementById('l1').nextSibling.textContent.trim()").asText();
        java.util.Set<String> pagesOfLocale = report.documents().stream().filter(d -> d.locale().equals(locale))
                .map(dev.wfi.errata.DocumentSummary::path).collect(java.util.stream.Collectors.toSet());
        click("l1");
        assertEquals(report.findings().size() - report.findings().stream().filter(f -> pagesOfLocale.contains(f.path())).count(),
                visible(".finding"), "the findings on " + locale + " pages hidden");
        click("l1");

        int locales = browser.evaluate("document.querySelectorAll('fieldset input[id^=l]').length").asInt();
        for (int l = 1; l <= locales; l++) {
            click("l" + l);
        }
        assertEquals(0, visible(".finding"), "every locale unchecked hides every finding");
        assertEquals(0, visible(".page"), "and every page");
    }

    @Test
    void pageContentRunsNothingInTheBrowser() throws IOException, InterruptedException {
        String page = String.join("\n", "# <script>alert('title')</script>", "", "## HTTP request", "", "```http",
                "POST /teamwork/workforceIntegrations", "```", "", "## Example", "", "```http",
                "POST https://wfm.example.com/<script>alert(1)</script>\u202Eevil", "Content-Type: application/json", "",
                "{ \"tenantId\": \"<img src=x onerror=alert(2)>\" }", "```", "");
        ErrataReport hostile = ErrataEngine.load()
                .check(List.of(new SourceText("evil<script>alert(3)</script>.md", page)), List.of(), Progress.NONE);
        open(hostile, "hostile.html");
        assertEquals(List.of(), browser.problems(), "no script ran or was refused, no dialog opened");
        assertEquals(0, browser.evaluate("document.querySelectorAll('script, img, [onerror]').length").asInt());
        assertTrue(browser.evaluate("document.body.textContent.includes('<script>alert(1)</script>')").asBoolean(),
                "the page's markup is shown as text");
    }

    @Test
    void theChecksSeeAScriptErrorARefusedScriptAndAnOverflow() throws IOException, InterruptedException {
        Path broken = OUT.resolve("broken.html");
        Files.writeString(broken, """
                <!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
                </head><body><div style="width:3000px">wide</div><script>alert(1)</script></body></html>
                """, StandardCharsets.UTF_8);
        HeadlessChromium fresh = HeadlessChromium.start(HeadlessChromium.find().orElseThrow());
        try {
            fresh.open(broken.toAbsolutePath().toUri(), WIDTH, HEIGHT);
            assertTrue(fresh.problems().stream().anyMatch(p -> p.contains("Content Security Policy")),
                    () -> "the refused inline script is reported: " + fresh.problems());
            assertTrue(fresh.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")
                    .asBoolean(), "the overflow is measured");
            fresh.evaluate("setTimeout(() => { throw new Error('boom') }, 0)");
            fresh.evaluate("new Promise(r => setTimeout(r, 100))");
            assertTrue(fresh.problems().stream().anyMatch(p -> p.contains("boom")),
                    () -> "the script error is reported: " + fresh.problems());
        } finally {
            fresh.close();
        }
    }

    private void open(ErrataReport shown, String name) throws IOException, InterruptedException {
        Path file = OUT.resolve(name);
        Files.writeString(file, ReportFormat.HTML.render(shown), StandardCharsets.UTF_8);
        browser.open(file.toAbsolutePath().toUri(), WIDTH, HEIGHT);
    }

    private void click(String checkbox) throws IOException, InterruptedException {
        browser.evaluate("document.getElementById('" + checkbox + "').click()");
    }

    private long visible(String selector) throws IOException, InterruptedException {
        return browser.evaluate("[...document.querySelectorAll('" + selector + "')].filter(e => e.checkVisibility()).length")
                .asLong();
    }

    private JsonNode evaluate(String expression) {
        try {
            return browser.evaluate(expression);
        } catch (IOException | InterruptedException e) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf("(not measured: " + e + ")");
        }
    }
}
