package dev.wfi.errata.registry;

import dev.wfi.errata.BundledCorpus;
import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Progress;
import dev.wfi.errata.check.Rules;
import dev.wfi.contract.Contract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The conformance suite over the bundled corpus: one container per page. Every finding must be a reviewed
 * erratum of the registry, every erratum must still be found, and nothing may be found on a line the
 * registry records as looking wrong but being right.
 */
class CorpusErrataTest {

    private static final Path CORPUS = BundledCorpus.PAGES;
    private static ErrataRegistry registry;
    private static ErrataReport report;

    @BeforeAll
    static void run() throws IOException {
        try (InputStream in = Files.newInputStream(BundledCorpus.REGISTRY)) {
            registry = ErrataRegistry.read(in);
        }
        report = new ErrataEngine(Contract.bundled(), registry, Rules.all()).check(List.of(CORPUS), Progress.NONE);
    }

    @TestFactory
    Stream<DynamicNode> everyPageMatchesTheRegistry() {
        assertTrue(report.inputErrors().isEmpty(), () -> "corpus unreadable: " + report.inputErrors());
        return report.documents().stream().map(doc -> {
            List<DynamicNode> tests = new ArrayList<>();
            for (Finding f : report.findingsIn(doc.path())) {
                tests.add(DynamicTest.dynamicTest("registered: " + f.ruleId() + " at line " + f.line(), () -> {
                    if (!f.registered()) {
                        fail("unregistered finding " + f.ruleId() + " at " + f.path() + ":" + f.line() + ":" + f.column()
                                + ": " + f.message() + "\nreview it and add it to errata-registry.yaml, or fix the rule");
                    }
                }));
            }
            for (ErrataRegistry.Erratum e : registry.errata()) {
                if (e.path().equals(doc.path())) {
                    tests.add(DynamicTest.dynamicTest("still found: " + e.rule() + " at line " + e.line(), () ->
                            assertTrue(report.findings().stream().anyMatch(e::matches), () -> "registered erratum "
                                    + e.rule() + " at " + e.path() + ":" + e.line() + " (" + e.why() + ") is no longer found")));
                }
            }
            for (ErrataRegistry.Valid v : registry.valid()) {
                if (v.path().equals(doc.path())) {
                    tests.add(DynamicTest.dynamicTest("no finding on right-looking line " + v.line(), () -> {
                        List<Finding> on = report.findings().stream()
                                .filter(f -> f.path().equals(v.path()) && f.line() == v.line()).toList();
                        assertEquals(List.of(), on, () -> v.path() + ":" + v.line() + " is right (" + v.why() + ")");
                    }));
                }
            }
            return DynamicContainer.dynamicContainer(doc.path(), tests);
        });
    }

    @org.junit.jupiter.api.Test
    void everyRegistryEntryNamesAPageOfTheCorpus() {
        List<String> pages = report.documents().stream().map(d -> d.path()).toList();
        for (ErrataRegistry.Erratum e : registry.errata()) {
            assertTrue(pages.contains(e.path()), () -> "registry names unknown page " + e.path());
        }
        for (ErrataRegistry.Valid v : registry.valid()) {
            assertTrue(pages.contains(v.path()), () -> "registry names unknown page " + v.path());
        }
    }

    @org.junit.jupiter.api.Test
    void theBundledRegistryIsTheOneUnderTest() {
        assertEquals(registry.errata(), ErrataRegistry.bundled().errata(),
                "the CLI must mark findings with the same registry the suite checks");
    }
}
