package dev.wfi.errata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each kind of unusable input gives one clear error naming the path, and the good pages are still checked. */
class BadInputTest {

    private static final ErrataEngine ENGINE = ErrataEngine.load();

    @TempDir
    Path dir;

    private ErrataReport check(Path... inputs) {
        return ENGINE.check(List.of(inputs), Progress.NONE);
    }

    @Test
    void aMissingPathIsAnInputError() {
        Path missing = dir.resolve("nope.md");
        assertEquals(List.of(new InputError(missing.toString(), "no such file or directory")), check(missing).inputErrors());
    }

    @Test
    void anEmptyDirectoryIsAnInputError() {
        assertEquals(List.of(new InputError(dir.toString(), "no .md, .txt or .html files in this directory")),
                check(dir).inputErrors());
    }

    @Test
    void aBinaryFileIsAnInputErrorAndTheOtherPagesAreStillChecked() throws IOException {
        Path binary = Files.write(dir.resolve("a.md"), new byte[] {'#', ' ', 0, 1, 2});
        Files.copy(BundledCorpus.page("004_c120b9a887704dc1.txt"), dir.resolve("b.txt"));
        ErrataReport report = check(dir);
        assertEquals(List.of(new InputError(binary.toString(), "binary file (NUL byte at offset 2), not a documentation page")),
                report.inputErrors());
        assertEquals(List.of("b.txt"), report.documents().stream().map(DocumentSummary::path).toList());
    }

    @Test
    void aFileThatIsNotUtf8IsAnInputError() throws IOException {
        Path latin1 = Files.write(dir.resolve("page.md"), "caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(List.of(new InputError(latin1.toString(), "not UTF-8 text")), check(latin1).inputErrors());
    }

    @Test
    void aFiftyMegabytePageIsRefusedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.md");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertEquals(List.of(new InputError(huge.toString(),
                "file is 50 MB, larger than the 8 MB a documentation page can be; skipped")), check(huge).inputErrors());
    }

    @Test
    void aFifoNamedDirectlyIsSkippedNotWaitedOn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new File("/usr/bin/mkfifo").canExecute(), "mkfifo is not installed");
        Path fifo = dir.resolve("pipe.md");
        assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
        Path page = Files.copy(BundledCorpus.page("004_c120b9a887704dc1.txt"), dir.resolve("b.txt"));
        ErrataReport report = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> ErrataEngine.load().check(List.of(fifo, page), Progress.NONE));
        assertEquals(List.of(new InputError(fifo.toString(), "not a regular file (a device, FIFO or socket); skipped")),
                report.inputErrors());
        assertEquals(List.of("b.txt"), report.documents().stream().map(DocumentSummary::path).toList());
    }

    @Test
    void aDeviceThatNeverEndsIsSkippedNotRead() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertEquals(List.of(new InputError("/dev/zero", "not a regular file (a device, FIFO or socket); skipped")),
                check(zero).inputErrors());
    }

    @Test
    void aFileArgumentIsShownByItsNameAndADirectoryArgumentsPagesRelativeToIt() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("api"));
        Files.copy(BundledCorpus.page("004_c120b9a887704dc1.txt"), sub.resolve("x.md"));
        assertEquals("api/x.md", check(dir).documents().get(0).path());
        assertEquals("x.md", check(sub.resolve("x.md")).documents().get(0).path());
    }

    @Test
    void fileArgumentsOfTheSameNameAreShownByTheirPathsSoNeitherHidesTheOther() throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Path ru = Files.createDirectories(dir.resolve("ru"));
        Files.copy(BundledCorpus.page("004_c120b9a887704dc1.txt"), en.resolve("page.md"));
        Files.copy(BundledCorpus.page("004_c120b9a887704dc1.txt"), ru.resolve("page.md"));
        ErrataReport report = ErrataEngine.load().check(List.of(en.resolve("page.md"), ru.resolve("page.md")), Progress.NONE);
        assertEquals(List.of(en.resolve("page.md").toString(), ru.resolve("page.md").toString()),
                report.documents().stream().map(DocumentSummary::path).toList());
    }

    @Test
    void buildOutputAndHiddenDirectoriesAreNotPages() throws IOException {
        Files.createDirectories(dir.resolve("target/errata"));
        Files.writeString(dir.resolve("target/errata/errata.md"), "# old report");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/notes.txt"), "not a page");
        Files.copy(BundledCorpus.page("004_c120b9a887704dc1.txt"), dir.resolve("page.md"));
        assertEquals(List.of("page.md"), check(dir).documents().stream().map(DocumentSummary::path).toList());
    }
}
