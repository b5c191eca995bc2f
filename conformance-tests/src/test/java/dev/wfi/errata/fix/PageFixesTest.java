package dev.wfi.errata.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.wfi.errata.BundledCorpus;
import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --fix} on copies of the bundled corpus's real pages (English and translated, as they are and rewritten with
 * CRLF endings or a byte order mark): it changes only the lines findings name, keeps each file's form, leaves nothing
 * of what it fixed to report, and a second run changes nothing.
 */
class PageFixesTest {

    @TempDir
    static Path docs;

    private static final ErrataEngine ENGINE = ErrataEngine.load();
    private static final Map<String, byte[]> ORIGINAL = new java.util.TreeMap<>();
    private static ErrataReport before;
    private static PageFixes.Plan plan;

    @BeforeAll
    static void fixACopyOfTheCorpus() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(BundledCorpus.PAGES)) {
            pages = files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(md|txt)"))
                    .filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList();
        }
        int n = 0;
        for (Path page : pages) {
            String name = BundledCorpus.PAGES.relativize(page).toString();
            byte[] bytes = Files.readAllBytes(page);
            // every third page as a Windows checkout has it, every fifth with a byte order mark
            if (n % 3 == 1) {
                bytes = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            } else if (n % 5 == 2) {
                bytes = ("\uFEFF" + new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            n++;
            Path copy = docs.resolve(name);
            Files.createDirectories(copy.getParent());
            Files.write(copy, bytes);
            ORIGINAL.put(name, bytes);
        }
        before = check();
        plan = PageFixes.plan(List.of(docs), before.findings());
        assertTrue(PageFixes.write(plan).isEmpty());
    }

    private static ErrataReport check() {
        return ENGINE.check(List.of(docs), Progress.NONE);
    }

    @Test
    void theCorpusHasFixesToApplyInSeveralLanguagesAndForms() {
        assertTrue(plan.applied() >= 20, "fixes applied: " + plan.applied());
        List<String> changed = plan.edits().stream().filter(PageFixes.Edit::changes).map(PageFixes.Edit::shownAs).toList();
        assertTrue(changed.stream().anyMatch(p -> p.contains(".pt-BR")), changed.toString());
        assertTrue(changed.stream().anyMatch(p -> new String(ORIGINAL.get(p), StandardCharsets.UTF_8).contains("\r\n")), changed.toString());
    }

    @Test
    void onlyTheLinesAFixNamesChange() throws IOException {
        for (PageFixes.Edit edit : plan.edits()) {
            List<String> old = new String(ORIGINAL.get(edit.shownAs()), StandardCharsets.UTF_8).lines().toList();
            List<String> now = Files.readString(edit.file()).lines().toList();
            for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
                int first = delta.getSource().getPosition() + 1;
                int last = first + Math.max(delta.getSource().size(), 1) - 1;
                boolean named = edit.applied().stream().anyMatch(f -> f.line() <= last + 1 && f.endLine() >= first - 1);
                assertTrue(named, edit.shownAs() + ": lines " + first + "-" + last + " changed without a fix: " + delta);
            }
        }
    }

    @Test
    void eachFileKeepsItsEncodingLineEndingsAndTrailingNewline() throws IOException {
        for (Map.Entry<String, byte[]> page : ORIGINAL.entrySet()) {
            String old = new String(page.getValue(), StandardCharsets.UTF_8);
            byte[] nowBytes = Files.readAllBytes(docs.resolve(page.getKey()));
            String now = new String(nowBytes, StandardCharsets.UTF_8);
            assertEquals(old.startsWith("\uFEFF"), now.startsWith("\uFEFF"), page.getKey());
            assertEquals(endings(old), endings(now), page.getKey() + ": line endings");
            assertEquals(old.endsWith("\n"), now.endsWith("\n"), page.getKey() + ": trailing newline");
            if (plan.edits().stream().noneMatch(e -> e.shownAs().equals(page.getKey()) && e.changes())) {
                assertArrayEquals(page.getValue(), nowBytes, page.getKey() + " has no fix and must not change");
            }
        }
    }

    @Test
    void whatWasFixedIsNoLongerReportedAndASecondRunChangesNothing() {
        ErrataReport after = check();
        PageFixes.Plan again = PageFixes.plan(List.of(docs), after.findings());
        List<String> stillFixable = new ArrayList<>();
        again.edits().stream().filter(PageFixes.Edit::changes).forEach(e -> stillFixable.add(e.shownAs() + "\n" + e.unifiedDiff()));
        assertEquals(List.of(), stillFixable);
        // a fixed finding is gone: no finding of the same rule and message is left on its page
        Set<String> left = after.findings().stream().map(PageFixesTest::cause).collect(Collectors.toSet());
        List<String> stillReported = before.findings().stream().filter(f -> f.fix() != null && !refused(f))
                .map(PageFixesTest::cause).filter(left::contains).toList();
        assertEquals(List.of(), stillReported);
        // what is left is what was there without a fix, and what a fix let the engine read (a body that parses now)
        Set<String> unfixed = before.findings().stream().filter(f -> f.fix() == null || refused(f))
                .map(PageFixesTest::cause).collect(Collectors.toSet());
        List<String> revealed = after.findings().stream().filter(f -> !unfixed.contains(cause(f))).map(PageFixesTest::cause).toList();
        assertTrue(revealed.size() <= 2, "findings a fix revealed: " + revealed);
        assertTrue(after.findings().size() < before.findings().size());
    }

    private static boolean refused(Finding finding) {
        return plan.edits().stream().anyMatch(e -> e.shownAs().equals(finding.path()) && e.refused().contains(finding.fix()));
    }

    private static String cause(Finding finding) {
        return finding.path() + " " + finding.ruleId() + " " + finding.message();
    }

    @Test
    void placeholdersAndJudgementsStayFindings() {
        assertTrue(before.findings().stream().anyMatch(f -> f.ruleId().equals("WFI-PLACEHOLDER")));
        assertFalse(before.findings().stream().anyMatch(f -> f.ruleId().equals("WFI-PLACEHOLDER") && f.fix() != null));
    }

    private static String endings(String text) {
        long crlf = text.split("\r\n", -1).length - 1;
        long lf = text.chars().filter(c -> c == '\n').count() - crlf;
        return (crlf > 0 ? "CRLF" : "") + (lf > 0 ? "LF" : "");
    }

}
