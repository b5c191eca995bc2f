package dev.wfi.errata.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/errata-rules.md, the severity policy, has one row for each rule the engine runs, and no other. */
class RulesDocumentedTest {

    @Test
    void everyRuleHasOneRowInTheSeverityPolicy() throws IOException {
        Path doc = Path.of("..", "docs", "errata-rules.md");
        Map<String, Long> rows = Files.readAllLines(doc).stream().filter(line -> line.startsWith("| `WFI-"))
                .map(line -> line.substring(3, line.indexOf('`', 3)))
                .collect(Collectors.groupingBy(Function.identity(), java.util.TreeMap::new, Collectors.counting()));
        Map<String, Long> expected = Rules.all().stream().map(Rule::id)
                .collect(Collectors.groupingBy(Function.identity(), java.util.TreeMap::new, Collectors.counting()));
        assertEquals(expected, rows, "rows of " + doc);
        assertEquals(List.of(), rows.values().stream().filter(n -> n != 1).toList());
    }

    /** The rules the doc says carry a fix are those whose fixture pages expect one. */
    @Test
    void theRulesWithAFixAreListed() throws IOException {
        String listed = Files.readAllLines(Path.of("..", "docs", "errata-rules.md")).stream()
                .filter(line -> line.startsWith("Rules whose findings carry a fix: ")).findFirst().orElse("");
        java.util.Set<String> documented = java.util.Arrays.stream(listed.split("`")).filter(s -> s.startsWith("WFI-"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        java.util.Set<String> fixed = new java.util.TreeSet<>();
        com.fasterxml.jackson.databind.ObjectMapper yaml =
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("src/test/resources/rules"))) {
            for (Path expected : files.filter(f -> f.toString().endsWith(".expected.yaml")).toList()) {
                for (com.fasterxml.jackson.databind.JsonNode finding : yaml.readTree(expected.toFile()).path("findings")) {
                    if (finding.hasNonNull("fix")) {
                        fixed.add(expected.getParent().getFileName().toString());
                    }
                }
            }
        }
        assertEquals(fixed, documented);
    }
}
