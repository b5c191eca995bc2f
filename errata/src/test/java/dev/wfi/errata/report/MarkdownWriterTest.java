package dev.wfi.errata.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownWriterTest {

    @Test
    void escapesPipesBackticksAndHtmlInDocumentText() {
        String md = ReportFormat.MD.render(SampleReports.hostile());
        assertFalse(md.contains("<script"), md);
        assertTrue(md.contains("| /a\\|b/\\`c\\` | bad value &lt;script&gt;alert(1)&lt;/script&gt;\"'&amp; \\| \\`code\\`"),
                md);
    }

    @Test
    void keepsEveryFindingRowOnOneLine() {
        String md = ReportFormat.MD.render(SampleReports.hostile());
        long rows = md.lines().filter(line -> line.startsWith("| 3:7 |")).count();
        assertEquals(1, rows, md);
        assertTrue(md.contains("?\\[31mred?\\[0m next"), md);
    }

}
