package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wfi errata --write-baseline} then {@code --baseline}: a docs repository with old errata fails only on new ones. */
class ErrataBaselineTest {

    @TempDir
    Path temp;

    private Run errata(String... args) {
        return Run.wfi(new Wfi(), args);
    }

    @Test
    void knownErrataStayKnownWhenLinesMoveAndOnlyANewOneIsReported() throws IOException {
        DocsRepository docs = DocsRepository.withPages(temp.resolve("docs"), "shift-get.md", "shift-delete.md");
        Path baseline = temp.resolve("errata-baseline.json");
        Run write = errata("errata", "--write-baseline", baseline.toString(), docs.root.toString());
        assertEquals(0, write.exitCode(), write.err());
        assertEquals("wfi: wrote " + baseline + " (4 findings)\n", write.err());
        assertEquals("", write.out());

        Run clean = errata("errata", "--baseline", baseline.toString(), "--format", "github", "--fail-on", "error",
                docs.root.toString());
        assertEquals(0, clean.exitCode(), clean.err());
        assertEquals("2 pages, 4 examples: 0 errors, 0 warnings, 0 notes\n", clean.out());
        assertEquals("wfi: 4 of 4 findings left out: the baseline " + baseline + " knows them\n", clean.err());

        // a paragraph added at the top moves every known finding down; a new erratum is written lower down
        docs.edit("shift-delete.md", "description: Exclua um turno da agenda.\n",
                "description: Exclua um turno da agenda.\nms.custom: nova\n");
        docs.edit("shift-get.md", DocsRepository.SHIFT_ID, DocsRepository.SHIFT_ID_TYPOGRAPHIC);
        Run after = errata("errata", "--baseline", baseline.toString(), "--format", "github", "--fail-on", "error",
                docs.root.toString());
        assertEquals(1, after.exitCode(), after.err());
        assertEquals(List.of("::error file=api/shift-get.md,line=108,col=11,title=WFI-JSON-TYPOGRAPHIC-QUOTE::typographic "
                        + "quote '\u201c' in JSON; use a plain double quote (\") (fix: \"SHFT_ca485cdd-a42c-4b93-9e6a-6fa54fd45fe1\")",
                "2 pages, 4 examples: 1 error, 0 warnings, 0 notes (1 not in the errata registry)"), after.out().lines().toList());
    }

    @Test
    void aSecondCopyOfAKnownErratumOnThePageIsNew() throws IOException {
        DocsRepository docs = DocsRepository.withPages(temp.resolve("docs"), "shift-delete.md");
        Path baseline = temp.resolve("b.json");
        assertEquals(0, errata("errata", "--write-baseline", baseline.toString(), docs.root.toString()).exitCode());
        // the request headers' section, with its translated header name, pasted a second time
        String headers = "## <a name=\"request-headers\"></a>Cabe\u00e7alhos de solicita\u00e7\u00e3o\n\n"
                + "| Cabe\u00e7alho       | Valor |\n|:---------------|:--------|\n"
                + "| Autoriza\u00e7\u00e3o  | {token} de portador. Obrigat\u00f3rio.  |\n";
        docs.edit("shift-delete.md", headers, headers + "\n" + headers);

        Run run = errata("errata", "--baseline", baseline.toString(), "--format", "github", docs.root.toString());
        assertEquals(List.of("::error file=api/shift-delete.md,line=49,col=3,title=WFI-TRANSLATED-HEADER"),
                run.out().lines().filter(line -> line.startsWith("::")).map(line -> line.substring(0, line.indexOf("::", 2)))
                        .toList());
    }

    @Test
    void aFileThatIsNoBaselineIsAUsageErrorBeforeAnyPageIsChecked() throws IOException {
        Path notBaseline = Files.writeString(temp.resolve("b.json"), "{\"findings\": 3}");
        Run run = errata("errata", "--baseline", notBaseline.toString(), temp.resolve("missing").toString());
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + notBaseline + ": not a wfi baseline (expected schemaVersion 1 and a findings array of "
                + "ruleId, file, pointer, message)\n", run.err());
        Run missing = errata("errata", "--baseline", temp.resolve("none.json").toString());
        assertEquals("wfi: " + temp.resolve("none.json") + ": no such file or directory\n", missing.err());
    }

    @Test
    void noBaselineIsWrittenWhenAPageCouldNotBeRead() throws IOException {
        Path baseline = temp.resolve("b.json");
        Run run = errata("errata", "--write-baseline", baseline.toString(), temp.resolve("missing.md").toString());
        assertEquals(2, run.exitCode());
        assertFalse(Files.exists(baseline));
        assertTrue(run.err().endsWith("wfi: " + baseline + ": not written, 1 inputs not read\n"), run.err());
    }
}
