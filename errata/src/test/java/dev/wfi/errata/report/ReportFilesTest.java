package dev.wfi.errata.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path temp;

    @Test
    void writesEveryFileFormatIntoANewDirectory() throws IOException {
        Path out = temp.resolve("target/errata");
        List<Path> written = ReportFiles.writeAll(SampleReports.typical(), out, EnumSet.allOf(ReportFormat.class));

        assertEquals(List.of(out.resolve("errata.md"), out.resolve("errata.html"), out.resolve("errata.json"),
                out.resolve("errata.sarif")), written);
        assertEquals(ReportFormat.JSON.render(SampleReports.typical()), Files.readString(out.resolve("errata.json")));
        assertEquals(List.of("errata.html", "errata.json", "errata.md", "errata.sarif"), names(out));
    }

    @Test
    void writesOnlyTheFormatsAsked() throws IOException {
        ReportFiles.writeAll(SampleReports.typical(), temp, List.of(ReportFormat.SARIF, ReportFormat.TERMINAL));
        assertEquals(List.of("errata.sarif"), names(temp));
    }

    @Test
    void failedWriteLeavesPreviousReportAndNoTemporaryFile() throws IOException {
        Path report = temp.resolve("errata.md");
        Files.writeString(report, "previous report\n");

        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(report, out -> {
            out.write("half a rep");
            out.flush();
            throw new IOException("disk full");
        }));

        assertEquals(report + ": disk full", failure.getMessage());
        assertEquals("previous report\n", Files.readString(report));
        assertEquals(List.of("errata.md"), names(temp));
    }

    @Test
    void writerBugLeavesNoTemporaryFile() throws IOException {
        Path report = temp.resolve("errata.json");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(report, out -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of(), names(temp));
    }

    @Test
    void directoryUnderARegularFileIsAnIoError() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-dir"), "x");
        assertThrows(IOException.class,
                () -> ReportFiles.writeAll(SampleReports.typical(), file.resolve("errata"), List.of(ReportFormat.MD)));
    }

    /** Issue 14, 7: a failed write left the new errata.md beside the old HTML and JSON, and named the wrong path. */
    @Test
    void aReportPathThatIsADirectoryChangesNoReportAndIsNamed() throws IOException {
        Files.writeString(temp.resolve("errata.md"), "previous report\n");
        Files.createDirectory(temp.resolve("errata.json"));

        java.nio.file.FileSystemException failure = assertThrows(java.nio.file.FileSystemException.class,
                () -> ReportFiles.writeAll(SampleReports.typical(), temp, EnumSet.allOf(ReportFormat.class)));

        assertEquals(temp.resolve("errata.json").toString(), failure.getFile());
        assertEquals("is a directory", failure.getReason());
        assertEquals("previous report\n", Files.readString(temp.resolve("errata.md")));
        assertEquals(List.of("errata.json", "errata.md"), names(temp));
    }

    @Test
    void aReportThatCannotBeWrittenIsNamedAndLeavesNoTemporaryFile() throws IOException {
        Path report = temp.resolve("errata.html");
        java.nio.file.FileSystemException failure = assertThrows(java.nio.file.FileSystemException.class,
                () -> AtomicFile.stage(report, out -> {
                    throw new IOException("No space left on device");
                }));
        assertEquals(report.toString(), failure.getFile());
        assertEquals("No space left on device", failure.getReason());
        assertEquals(List.of(), names(temp));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
