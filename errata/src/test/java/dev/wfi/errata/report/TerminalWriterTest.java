package dev.wfi.errata.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {

    @Test
    void colourIsOnlyThereWhenAskedFor() throws IOException {
        StringWriter coloured = new StringWriter();
        ReportFormat.TERMINAL.write(SampleReports.typical(), coloured, true);
        assertTrue(coloured.toString().contains("\u001b[31merror\u001b[0m"), coloured.toString());

        assertFalse(ReportFormat.TERMINAL.render(SampleReports.typical()).contains("\u001b"));
    }

    @Test
    void documentTextCannotSendEscapeSequences() throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.TERMINAL.write(SampleReports.hostile(), out, false);
        assertFalse(out.toString().contains("\u001b"), out.toString());
        assertTrue(out.toString().contains("`code` ?[31mred?[0m next\n"), out.toString());
    }

    @Test
    void emptyReportStillShowsHeaderAndTotals() {
        String expected = """
                wfi errata 0.1.0

                page  locale  format  scope  examples  errors  warnings  notes

                0 pages, 0 examples: 0 errors, 0 warnings, 0 notes
                checked against the contract: 0 pages, 0 examples; for syntax only: 0 pages, 0 examples
                """;
        org.junit.jupiter.api.Assertions.assertEquals(expected, ReportFormat.TERMINAL.render(SampleReports.empty()));
    }
}
