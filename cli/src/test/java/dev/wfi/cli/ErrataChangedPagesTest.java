package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wfi errata --changed-since REF [--changed-lines-only]} in a git repository of real pages: the pages a pull
 * request changed, the lines it changed, from the merge base to the working tree.
 */
class ErrataChangedPagesTest {

    @TempDir
    Path temp;

    private DocsRepository docs;

    @BeforeEach
    void aRepositoryWithTwoPagesOnMainAndABranch() throws IOException {
        docs = DocsRepository.withPages(temp.resolve("docs"), "shift-get.md", "shift-delete.md").committed();
        docs.git("checkout", "-q", "-b", "pull-request");
    }

    private Run errata(String... args) {
        return Run.wfi(new Wfi(), args);
    }

    /** The annotations' "file:line title", one per finding. */
    private static List<String> annotations(Run run) {
        return run.out().lines().filter(line -> line.startsWith("::"))
                .map(line -> line.replaceAll("^::\\w+ file=([^,]+),line=(\\d+),col=\\d+,title=([^:]+)::.*$", "$1:$2 $3"))
                .toList();
    }

    private static String totals(Run run) {
        return run.out().lines().filter(line -> !line.startsWith("::")).findFirst().orElseThrow();
    }

    @Test
    void onlyTheChangedPageIsReportedAndWithChangedLinesOnlyOnlyTheChangedLine() throws IOException {
        docs.edit("shift-get.md", DocsRepository.SHIFT_ID, DocsRepository.SHIFT_ID_TYPOGRAPHIC);
        docs.git("commit", "-q", "-am", "typographic quotes");

        Run pages = errata("errata", "--changed-since", "main", "--format", "github", docs.root.toString());
        assertEquals(0, pages.exitCode(), pages.err());
        assertEquals(List.of("api/shift-get.md:48 WFI-TRANSLATED-HEADER", "api/shift-get.md:108 WFI-JSON-TYPOGRAPHIC-QUOTE"),
                annotations(pages));
        assertEquals("1 page, 2 examples: 2 errors, 0 warnings, 0 notes (2 not in the errata registry)", totals(pages));

        Run lines = errata("errata", "--changed-since", "main", "--changed-lines-only", "--format", "github",
                "--fail-on", "error", docs.root.toString());
        assertEquals(1, lines.exitCode(), lines.err());
        assertEquals(List.of("api/shift-get.md:108 WFI-JSON-TYPOGRAPHIC-QUOTE"), annotations(lines));
    }

    @Test
    void stagedUnstagedAndUntrackedPagesCountCommitsOnTheBaseSinceTheBranchPointDoNot() throws IOException {
        docs.git("checkout", "-q", "main");
        docs.edit("shift-delete.md", "Exclua um turno da agenda.", "Exclua um turno.");
        docs.git("commit", "-q", "-am", "main moves on");
        docs.git("checkout", "-q", "pull-request");
        docs.edit("shift-get.md", DocsRepository.SHIFT_ID, DocsRepository.SHIFT_ID_TYPOGRAPHIC); // unstaged
        Files.copy(DocsRepository.PAGES.resolve("shift-delete.md"), docs.page("new-page.md")); // untracked

        Run run = errata("errata", "--changed-since", "main", "--changed-lines-only", "--format", "github",
                docs.root.toString());
        assertEquals(List.of("api/new-page.md:29 WFI-PERMISSION", "api/new-page.md:43 WFI-TRANSLATED-HEADER",
                "api/shift-get.md:108 WFI-JSON-TYPOGRAPHIC-QUOTE"), annotations(run), run.err());

        docs.git("add", "-A"); // staged counts the same
        Run staged = errata("errata", "--changed-since", "main", "--changed-lines-only", "--format", "github",
                docs.root.toString());
        assertEquals(annotations(run), annotations(staged));
    }

    @Test
    void aRenamedPageIsItsNewNameWithNoChangedLineAndADeletedOneIsGone() throws IOException {
        docs.git("mv", "api/shift-delete.md", "api/shift-remove.md");
        docs.git("rm", "-q", "api/shift-get.md");
        docs.git("commit", "-q", "-m", "rename and delete");

        Run pages = errata("errata", "--changed-since", "main", "--format", "github", docs.root.toString());
        assertEquals(0, pages.exitCode(), pages.err());
        assertEquals(List.of("api/shift-remove.md:29 WFI-PERMISSION", "api/shift-remove.md:43 WFI-TRANSLATED-HEADER"),
                annotations(pages));
        Run lines = errata("errata", "--changed-since", "main", "--changed-lines-only", "--format", "github",
                docs.root.toString());
        assertEquals(List.of(), annotations(lines));
        assertEquals("1 page, 2 examples: 0 errors, 0 warnings, 0 notes", totals(lines));
    }

    @Test
    void aPageWhoseNameGitQuotesHasItsChangedLinesToo() throws IOException {
        docs.git("mv", "api/shift-get.md", "api/shift \"get\" \u00e9.md");
        docs.git("commit", "-q", "-m", "a name with quotes and an accent");
        docs.git("update-ref", "refs/heads/main", "HEAD");
        Files.writeString(docs.page("shift \"get\" \u00e9.md"), Files.readString(docs.page("shift \"get\" \u00e9.md"))
                .replace(DocsRepository.SHIFT_ID, DocsRepository.SHIFT_ID_TYPOGRAPHIC));

        Run run = errata("errata", "--changed-since", "main", "--changed-lines-only", "--format", "github",
                docs.root.toString());
        assertEquals(List.of("api/shift \"get\" \u00e9.md:108 WFI-JSON-TYPOGRAPHIC-QUOTE"), annotations(run), run.err());
    }

    @Test
    void noChangedPageIsAnEmptyReport() {
        Run run = errata("errata", "--changed-since", "main", "--format", "github", "--fail-on", "warning",
                docs.root.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("0 pages, 0 examples: 0 errors, 0 warnings, 0 notes\n", run.out());
    }

    @Test
    void outsideAGitRepositoryItIsAUsageError() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Run run = errata("errata", "--changed-since", "main", plain.toString());
        assertEquals(2, run.exitCode());
        assertEquals("wfi: " + plain + ": not in a git repository (--changed-since needs one)\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownRevisionIsAUsageErrorNamingIt() {
        Run run = errata("errata", "--changed-since", "origin/no-such-branch", docs.root.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: --changed-since origin/no-such-branch: no such commit in "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void changedLinesOnlyNeedsChangedSince() {
        Run run = errata("errata", "--changed-lines-only", docs.root.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: --changed-lines-only goes with --changed-since REF\n"), run.err());
    }

    @Test
    void theOtherPagesStillInformTheCrossPageRules() throws IOException {
        DocsRepository seed = DocsRepository.withSeedPages(temp.resolve("seed")).committed();
        // the Chinese page translates 'supports'; the English pages' tables say which name it stands for
        Path chinese = seed.root.resolve("002_06c6225e6a553570.txt");
        Files.writeString(chinese, Files.readString(chinese) + "\n");

        Run run = errata("errata", "--changed-since", "HEAD", "--format", "github", seed.root.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("::error file=002_06c6225e6a553570.txt,line=33,col=1,title=WFI-TRANSLATED-PROPERTY::"
                + "property name '\u652f\u6301' is translated; property names stay as in the API: 'supports' (fix: supports)\n"),
                run.out());
        assertTrue(run.out().lines().filter(line -> line.startsWith("::")).allMatch(line -> line.contains("file=002_")),
                run.out());
    }
}
