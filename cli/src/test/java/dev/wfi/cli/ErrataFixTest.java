package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wfi errata --fix} and {@code --dry-run} on copies of real pages, one of them with CRLF endings. */
class ErrataFixTest {

    private static final Path PORTUGUESE = Path.of("../conformance-tests/src/main/resources/wfi/corpus/"
            + "microsoftgraph+microsoft-graph-docs.pt-BR/api-reference/v1.0/api");

    @TempDir
    Path docs;

    private Path delete;
    private Path get;

    @BeforeEach
    void copyPages() throws Exception {
        delete = Files.copy(PORTUGUESE.resolve("shift-delete.md"), docs.resolve("shift-delete.md"));
        String crlf = Files.readString(PORTUGUESE.resolve("shift-get.md")).replace("\r\n", "\n").replace("\n", "\r\n");
        get = Files.writeString(docs.resolve("shift-get.md"), crlf);
    }

    @Test
    void aDryRunPrintsTheDiffAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(get);
        Run run = Run.wfi(new Wfi(), "errata", "--fix", "--dry-run", "--format", "terminal", docs.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("--- a/shift-get.md\n+++ b/shift-get.md\n"), run.out());
        assertTrue(run.out().contains("\n-| Autorização  | {token} de portador. Obrigatório.  |\n"
                + "+| Authorization  | Bearer {token}. Obrigatório.  |\n"), run.out());
        assertTrue(run.err().contains("wfi: would fix "), run.err());
        assertArrayEquals(before, Files.readAllBytes(get));
    }

    @Test
    void fixWritesThePagesKeepsTheirEndingsAndReportsWhatIsLeft() throws Exception {
        Run run = Run.wfi(new Wfi(), "errata", "--fix", "--format", "terminal", docs.toString());
        assertTrue(run.err().matches("(?s).*wfi: fixed [1-9]\\d* errata in 2 pages; (1 finding needs|\\d+ findings need) a writer.*"), run.err());
        String fixed = Files.readString(get, StandardCharsets.UTF_8);
        assertFalse(fixed.replace("\r\n", "").contains("\n"), "a CRLF page keeps CRLF");
        assertFalse(run.out().contains("WFI-TRANSLATED-HEADER"), "the report after --fix lists what is left: " + run.out());
        assertFalse(run.out().contains("WFI-PERMISSION"), run.out());
        assertTrue(Files.readString(delete).contains("| Authorization  | Bearer {token}. Obrigatório.  |"));
        assertTrue(Files.readString(delete).contains("|Aplicativo | Schedule.ReadWrite.All |"));

        byte[] once = Files.readAllBytes(get);
        Run again = Run.wfi(new Wfi(), "errata", "--fix", "--format", "terminal", docs.toString());
        assertTrue(again.err().contains("wfi: fixed 0 errata in 0 pages"), again.err());
        assertArrayEquals(once, Files.readAllBytes(get));
    }

    @Test
    void dryRunWithoutFixAndFixWithoutPagesAreUsageErrors() {
        Run dry = Run.wfi(new Wfi(), "errata", "--dry-run", docs.toString());
        assertEquals(2, dry.exitCode());
        assertTrue(dry.err().contains("--dry-run goes with --fix"), dry.err());
        Run bundled = Run.wfi(new Wfi(), "errata", "--fix");
        assertEquals(2, bundled.exitCode());
        assertTrue(bundled.err().contains("--fix changes pages in place: name the files or directories to fix"), bundled.err());
    }
}
