package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wfi.errata.DocumentSummary;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.InputError;
import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrataCommandTest {

    @TempDir
    Path temp;

    private static final DocumentSummary PAGE = new DocumentSummary("page.md", "en-US", "markdown", 2);

    private static Finding finding(Severity severity, boolean registered) {
        return new Finding("WFI-TEST", Kind.SCHEMA, severity, "page.md", 3, 1, "page.md#1", "/a",
                "value is wrong", registered);
    }

    private static Wfi reporting(ErrataReport report) {
        return new Wfi((inputs, progress) -> report, Terminal.NONE);
    }

    private static ErrataReport reportWith(Finding... findings) {
        return new ErrataReport("0.1.0", List.of(PAGE), List.of(findings), List.of());
    }

    @Test
    void cleanReportExitsZeroAndWritesEveryReportFile() throws IOException {
        Path out = temp.resolve("reports");
        Run run = Run.wfi(reporting(reportWith()), "errata", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("wfi errata 0.1.0\n"), run.out());
        assertTrue(run.out().endsWith("reports: " + out.resolve("errata.md") + ", " + out.resolve("errata.html")
                + ", " + out.resolve("errata.json") + ", " + out.resolve("errata.sarif") + "\n"), run.out());
        assertEquals(List.of("errata.html", "errata.json", "errata.md", "errata.sarif"), names(out));
    }

    @Test
    void givenFormatsOnlyThoseAreProduced() throws IOException {
        Run run = Run.wfi(reporting(reportWith()), "errata", "--format", "json", "--format", "sarif",
                "--out", temp.toString());
        assertEquals(0, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("errata.json", "errata.sarif"), names(temp));
    }

    @Test
    void terminalFormatAloneWritesNoFile() throws IOException {
        Path out = temp.resolve("never-created");
        Run run = Run.wfi(reporting(reportWith()), "errata", "--format", "terminal", "--out", out.toString());
        assertEquals(0, run.exitCode());
        assertFalse(Files.exists(out));
        assertFalse(run.out().contains("reports:"), run.out());
    }

    @ParameterizedTest(name = "--fail-on {0} with a {1} registered={2} finding exits {3}")
    @CsvSource({
        "never,   ERROR,   false, 0",
        "error,   ERROR,   true,  1",
        "error,   WARNING, false, 0",
        "warning, WARNING, true,  1",
        "warning, NOTE,    false, 0",
        "new,     NOTE,    false, 1",
        "new,     ERROR,   true,  0",
    })
    void exitCodeFollowsTheThreshold(String failOn, Severity severity, boolean registered, int exitCode) {
        Run run = Run.wfi(reporting(reportWith(finding(severity, registered))), "errata", "--format", "terminal",
                "--fail-on", failOn);
        assertEquals(exitCode, run.exitCode(), run.out() + run.err());
    }

    @Test
    void defaultThresholdIsNever() {
        Run run = Run.wfi(reporting(reportWith(finding(Severity.ERROR, false))), "errata", "--format", "terminal");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("page.md:3:1  error    WFI-TEST  value is wrong\n"), run.out());
    }

    @Test
    void inputErrorIsOneLineOnStderrAndExitTwo() {
        ErrataReport report = new ErrataReport("0.1.0", List.of(), List.of(),
                List.of(new InputError("nope.md", "no such file or directory")));
        Run run = Run.wfi(reporting(report), "errata", "nope.md", "--format", "terminal", "--fail-on", "never");
        assertEquals(2, run.exitCode());
        assertEquals("wfi: nope.md: no such file or directory\n", run.err());
    }

    @Test
    void passesPathsToTheEngineAndNoneForTheBundledCorpus() {
        AtomicReference<List<Path>> seen = new AtomicReference<>();
        Wfi wfi = new Wfi((inputs, progress) -> {
            seen.set(inputs);
            return reportWith();
        }, Terminal.NONE);

        Run.wfi(wfi, "errata", "docs", "page.md", "--format", "terminal");
        assertEquals(List.of(Path.of("docs"), Path.of("page.md")), seen.get());

        Run.wfi(wfi, "errata", "--format", "terminal");
        assertEquals(List.of(), seen.get());
    }

    @Test
    void unwritableOutDirectoryIsAUserError() throws IOException {
        Path file = Files.writeString(temp.resolve("plain-file"), "x");
        Path out = file.resolve("errata");
        Run run = Run.wfi(reporting(reportWith()), "errata", "--format", "md", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + out + ": not a directory\n", run.err());
    }

    /** Issue 14, 7: the error named --out, not the report that failed, and the reports written before it stayed. */
    @Test
    void aReportPathThatIsADirectoryIsNamedAndNoReportIsReplaced() throws IOException {
        Path out = Files.createDirectories(temp.resolve("reports"));
        Files.writeString(out.resolve("errata.md"), "previous\n");
        Files.createDirectory(out.resolve("errata.html"));
        Run run = Run.wfi(reporting(reportWith()), "errata", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + out.resolve("errata.html") + ": is a directory\n", run.err());
        assertEquals("previous\n", Files.readString(out.resolve("errata.md")));
        assertFalse(Files.exists(out.resolve("errata.json")));
    }

    @Test
    void progressIsShownOnlyOnATerminal() {
        Wfi wfi = new Wfi((inputs, progress) -> {
            progress.pageDone(1, 2);
            progress.pageDone(2, 2);
            return reportWith();
        }, new Terminal(false, true));
        Run run = Run.wfi(wfi, "errata", "--format", "terminal");
        assertTrue(run.err().matches("(?s)\r\u001b\\[2Kchecked 1/2 pages, \\d+ pages/s, about \\d+ s left\r\u001b\\[2K"), run.err());

        Wfi redirected = new Wfi((inputs, progress) -> {
            progress.pageDone(1, 2);
            return reportWith();
        }, Terminal.NONE);
        assertEquals("", Run.wfi(redirected, "errata", "--format", "terminal").err());
    }

    @Test
    void colourOnlyWhenTheTerminalAllowsIt() {
        ErrataReport report = reportWith(finding(Severity.ERROR, true));
        Run coloured = Run.wfi(new Wfi((inputs, progress) -> report, new Terminal(true, false)),
                "errata", "--format", "terminal");
        assertTrue(coloured.out().contains("\u001b[31merror"), coloured.out());
        Run plain = Run.wfi(reporting(report), "errata", "--format", "terminal");
        assertFalse(plain.out().contains("\u001b"), plain.out());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = Run.wfi(reporting(reportWith()), "errata", "--format", "pdf");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: Invalid value for option '--format' (FORMAT): expected one of "
                + "terminal, md, html, json, sarif, github but was 'pdf'\n"), run.err());
    }

    @Test
    void missingPathIsExactlyOneLineAndExitTwo() {
        Path missing = temp.resolve("no-such-page.md");
        Run run = Run.wfi(new Wfi(), "errata", missing.toString(), "--out", temp.resolve("out").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("wfi: " + missing + ": no such file or directory\n", run.err());
    }

    @Test
    void bundledCorpusGivesTheSameCountsInEveryForm() throws IOException {
        Path out = temp.resolve("out");
        Run run = Run.wfi(new Wfi(), "errata", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String json = Files.readString(out.resolve("errata.json"));
        com.fasterxml.jackson.databind.JsonNode summary =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("summary");
        assertEquals(70, summary.get("documents").intValue());
        String totals = run.out().lines().filter(line -> line.startsWith("70 pages, ")).findFirst().orElseThrow();
        assertEquals("70 pages, " + summary.get("examples").intValue() + " examples: "
                + summary.get("errors").intValue() + " errors, " + summary.get("warnings").intValue() + " warnings, "
                + summary.get("notes").intValue() + " notes", totals.replaceAll(" \\(.*\\)$", ""));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
