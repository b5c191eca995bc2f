package dev.wfi.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each override in wfi-jaxrs-spec/ is the stock jaxrs-spec template of the pinned openapi-generator (read from the
 * generator's jar on the test classpath) plus a first-line comment and exactly the changes overrides.yaml declares.
 * After an upgrade of the generator the failure shows what moved in the stock file, as a unified diff, and the
 * changes the override now makes, in overrides.yaml's form.
 */
class TemplateDriftTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/wfi-jaxrs-spec");
    private static final Path DECLARED = Path.of("overrides.yaml");
    private static final String NEW_PARTIAL = "none";

    /** One override: its stock file ({@code none} for a new partial) and its changes, in stock order. */
    record Override(String stock, List<Change> changes) {
        Override {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    /**
     * From stock line {@code at} (1-based; an insertion goes before it), {@code removed} becomes {@code added};
     * {@code why} is for the reader.
     */
    record Change(int at, String removed, String added, String why) {
        static Change of(AbstractDelta<String> delta) {
            return new Change(delta.getSource().getPosition() + 1, block(delta.getSource().getLines()),
                    block(delta.getTarget().getLines()), null);
        }

        /** The same edit of the stock file, whatever the reason given. */
        Change edit() {
            return new Change(at, removed, added, null);
        }

        private static String block(List<String> lines) {
            return lines.isEmpty() ? null : lines.stream().map(line -> line + "\n").collect(Collectors.joining());
        }
    }

    private static Map<String, Override> declared() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return yaml.readValue(DECLARED.toFile(), new TypeReference<Map<String, Override>>() { });
    }

    @Test
    void everyTemplateIsDeclaredAndEveryDeclaredOneExists() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            assertEquals(new TreeSet<>(declared().keySet()),
                    files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachOverrideIsItsStockTemplateWithOnlyTheDeclaredChanges() throws IOException {
        return declared().entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
            String name = entry.getKey();
            Override override = entry.getValue();
            List<String> lines = Files.readAllLines(TEMPLATES.resolve(name), StandardCharsets.UTF_8);
            if (override.stock().equals(NEW_PARTIAL)) {
                assertNull(stock("JavaJaxRS/spec/" + name),
                        name + " is declared new, but the generator now has a stock JavaJaxRS/spec/" + name
                                + " that this partial hides: compare them and declare it an override");
                assertTrue(lines.get(0).startsWith("{{! New partial"), name + " line 1 must say why it is new: " + lines.get(0));
                return;
            }
            assertTrue(lines.get(0).startsWith("{{! Override of " + override.stock() + ": "),
                    name + " line 1 must name its stock file and why: " + lines.get(0));
            String stockText = stock(override.stock());
            assertNotNull(stockText, "the generator has no " + override.stock() + " any more");
            List<String> stock = stockText.lines().toList();
            List<String> changed = lines.subList(1, lines.size());
            List<Change> actual = changes(stock, changed);
            if (!actual.equals(edits(override.changes()))) {
                List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(override.stock(), name, stock,
                        DiffUtils.diff(stock, changed), 2);
                assertEquals(describe(override.changes()), describe(actual),
                        name + " differs from " + override.stock() + " by more or other than overrides.yaml declares;"
                                + " the whole difference:\n" + String.join("\n", unified) + "\n");
            }
        }));
    }

    private static List<Change> edits(List<Change> changes) {
        return changes.stream().map(Change::edit).toList();
    }

    private static List<Change> changes(List<String> stock, List<String> override) {
        return DiffUtils.diff(stock, override).getDeltas().stream().map(Change::of).toList();
    }

    /** The changes in overrides.yaml's form, so a reviewed difference can be pasted there. */
    private static String describe(List<Change> changes) {
        StringBuilder out = new StringBuilder();
        for (Change change : changes) {
            out.append("    - at: ").append(change.at()).append('\n');
            appendBlock(out, "removed", change.removed());
            appendBlock(out, "added", change.added());
        }
        return out.toString();
    }

    private static void appendBlock(StringBuilder out, String key, String block) {
        if (block == null) {
            return;
        }
        out.append("      ").append(key).append(": |2\n"); // an indentation indicator: a line may start with spaces
        block.lines().forEach(line -> out.append("        ").append(line).append('\n'));
    }

    private static String stock(String resource) throws IOException {
        try (InputStream in = TemplateDriftTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anEditOutsideTheDeclaredChangesIsCaught() throws IOException {
        Override pojo = declared().get("pojo.mustache");
        List<String> stock = stock(pojo.stock()).lines().toList();
        List<String> lines = Files.readAllLines(TEMPLATES.resolve("pojo.mustache"));
        List<String> edited = new ArrayList<>(lines.subList(1, lines.size()));
        assertEquals(edits(pojo.changes()), changes(stock, edited), "the override as it is");
        edited.set(9, edited.get(9) + " ");
        List<Change> changes = changes(stock, edited);
        assertEquals(pojo.changes().size() + 1, changes.size(), changes.toString());
        assertEquals(new Change(10, stock.get(9) + "\n", stock.get(9) + " \n", null), changes.get(0));
    }
}
