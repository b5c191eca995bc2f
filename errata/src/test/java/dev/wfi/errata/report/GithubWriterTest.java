package dev.wfi.errata.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wfi.errata.DocumentSummary;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Fix;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubWriterTest {

    @Test
    void aPageCannotEndTheCommandOrStartAnother() {
        List<String> lines = ReportFormat.GITHUB.render(SampleReports.hostile()).lines().toList();
        assertEquals(List.of(
                "::error file=pages/<script>alert(1)</script>\"'&.md,line=3,col=7,title=WFI-SCHEMA::bad value "
                        + "<script>alert(1)</script>\"'& | `code` \u001b[31mred\u001b[0m%0Anext",
                "::error file=<script>alert(1)</script>\"'&,title=not read::not UTF-8",
                "1 page, 1 example: 1 error, 0 warnings, 0 notes (1 not in the errata registry)"), lines);
    }

    @Test
    void propertiesAreEscapedAndAFixWithLineBreaksStaysOnTheLine() {
        ErrataReport report = new ErrataReport("0.1.0", List.of(new DocumentSummary("a,b:c.md", "en-US", "markdown", 1)),
                List.of(new Finding("WFI-BLANK-LINE", Kind.HEADER, Severity.ERROR, "a,b:c.md", 4, 1, null, null,
                        "100% of readers: no blank line", false, new Fix(4, 1, 4, 1, "\n"))), List.of());
        assertEquals("::error file=a%2Cb%3Ac.md,line=4,col=1,title=WFI-BLANK-LINE::100%25 of readers: no blank line "
                + "(fix: \\n)", ReportFormat.GITHUB.render(report).lines().findFirst().orElseThrow());
    }
}
