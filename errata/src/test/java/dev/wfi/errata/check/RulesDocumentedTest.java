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
}
