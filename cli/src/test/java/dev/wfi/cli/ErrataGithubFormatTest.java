package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.wfi.errata.DocumentSummary;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format github}: annotations on standard output, no file, and never unasked. */
class ErrataGithubFormatTest {

    @TempDir
    Path temp;

    private static final ErrataReport REPORT = new ErrataReport("0.1.0",
            List.of(new DocumentSummary("docs/page.md", "en-US", "markdown", 1)),
            List.of(new Finding("WFI-STATUS", Kind.STATUS, Severity.WARNING, "docs/page.md", 12, 10, "docs/page.md#1",
                    null, "create answers 201, not 200", false)), List.of());

    @Test
    void annotationsGoToStandardOutputAndNoFileIsWritten() {
        Path out = temp.resolve("reports");
        Run run = Run.wfi(new Wfi((inputs, progress) -> REPORT, Terminal.NONE), "errata", "--format", "github",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("::warning file=docs/page.md,line=12,col=10,title=WFI-STATUS::create answers 201, not 200\n"
                + "1 page, 1 example: 0 errors, 1 warning, 0 notes (1 not in the errata registry)\n", run.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void theDefaultFormatsLeaveThemOut() {
        Run run = Run.wfi(new Wfi((inputs, progress) -> REPORT, Terminal.NONE), "errata", "--out", temp.toString());
        assertFalse(run.out().contains("::warning"), run.out());
    }
}
