package dev.wfi.speccheck.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wfi.report.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffFormatTest {

    @Test
    void aMarkdownCellWithPipesBackticksAnglesAndNewlinesStaysOneCell() {
        DiffReport report = new DiffReport("1", "old|spec.yaml", "new`spec`.yaml", List.of(
                new ApiChange("WFI-DIFF-PROPERTY-REMOVED", Severity.ERROR, "old#/components/schemas/a", 3,
                        "a|b was `renamed` to <c>\nnext line")));
        StringWriter out = new StringWriter();
        DiffFormat.MARKDOWN.write(report, new PrintWriter(out, true));
        List<String> rows = out.toString().lines().filter(line -> line.startsWith("| breaking")).toList();
        assertEquals(List.of("| breaking | `WFI-DIFF-PROPERTY-REMOVED` | old\\|spec.yaml:3 | a\\|b was \\`renamed\\` to &lt;c&gt; next line |"),
                rows);
    }
}
