package dev.wfi.errata.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.wfi.errata.ErrataEngine;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Fix;
import dev.wfi.errata.Progress;
import dev.wfi.errata.extract.SourceText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule has fixture pages under test resources {@code rules/<RULE-ID>/}, each with a sidecar
 * {@code <page>.expected.yaml} naming what the rule must find there (line, a fragment of the message, the fix) and
 * nothing more; an empty list is a page on which it must find nothing. One container per rule, one test per page.
 */
class RuleFixturesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ErrataEngine ENGINE = ErrataEngine.load();

    /** What one fixture expects of its rule. */
    record Expected(int line, String message, String fix) {
    }

    static Path directory() {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyRuleHasAFixture() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (pages(directory().resolve(rule.id())).isEmpty()) {
                missing.add(rule.id());
            }
        }
        assertEquals(List.of(), missing, "rules without a fixture page under rules/<RULE-ID>/");
    }

    @Test
    void everyFixtureDirectoryNamesARule() throws IOException {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        try (Stream<Path> dirs = Files.list(directory())) {
            List<String> strays = dirs.map(d -> d.getFileName().toString()).filter(name -> !ids.contains(name)).toList();
            assertEquals(List.of(), strays, "fixture directories that name no rule");
        }
    }

    @TestFactory
    Stream<DynamicContainer> eachRuleFindsWhatItsFixturesExpect() {
        return Rules.all().stream().map(rule -> DynamicContainer.dynamicContainer(rule.id(),
                pagesOf(rule).stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(),
                        () -> check(rule, page)))));
    }

    private static List<Path> pagesOf(Rule rule) {
        try {
            return pages(directory().resolve(rule.id()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> pages(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".expected.yaml")).sorted().toList();
        }
    }

    private static void check(Rule rule, Path page) throws IOException {
        String name = page.getFileName().toString();
        JsonNode expectedFile = YAML.readTree(page.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.yaml").toFile());
        // the path the engine sees: some rules read the page's Graph version from it
        String path = expectedFile.path("path").asText(name);
        List<Expected> expected = new ArrayList<>();
        for (JsonNode node : expectedFile.path("findings")) {
            expected.add(new Expected(node.path("line").asInt(), node.path("message").asText(),
                    node.hasNonNull("fix") ? node.get("fix").asText() : null));
        }
        ErrataReport report = ENGINE.check(List.of(new SourceText(path, Files.readString(page, StandardCharsets.UTF_8))),
                List.of(), Progress.NONE);
        assertEquals(List.of(), report.inputErrors(), "the page was read");
        List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
        assertEquals(expected.size(), found.size(), () -> rule.id() + " on " + name + ": expected " + expected + " but found " + found);
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            Finding got = found.get(i);
            assertEquals(want.line(), got.line(), () -> "line of " + got);
            assertTrue(got.message().contains(want.message()), () -> "message of " + got + " lacks '" + want.message() + "'");
            assertEquals(want.fix(), got.fixOf().map(Fix::replacement).orElse(null), () -> "fix of " + got);
        }
    }
}
