package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.wfi.errata.DocumentSummary;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Kind;
import dev.wfi.errata.report.ReportFormat;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published JSON Schema of the errata report, docs/errata-report.schema.json, against what wfi writes: the
 * report of the bundled corpus, and one with every kind and severity and the nullable fields null, both from
 * {@code wfi errata --format json} and from the engine's writer. Every object of the schema is closed, so a field
 * added to the report fails here until the schema states it.
 */
class ErrataReportSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/errata-report.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;

    static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)))
                .getSchema(MAPPER.readTree(SCHEMA.toFile()));
    }

    private static List<String> problems(JsonNode report) throws IOException {
        return schema().validate(report).stream().map(Error::toString).toList();
    }

    @Test
    void schemaIsDraft202012() throws IOException {
        assertEquals("https://json-schema.org/draft/2020-12/schema", MAPPER.readTree(SCHEMA.toFile()).get("$schema").textValue());
    }

    @Test
    void bundledCorpusReportFollowsTheSchema() throws IOException {
        Run run = Run.wfi(new Wfi(), "errata", "--format", "json", "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = MAPPER.readTree(temp.resolve("errata.json").toFile());
        assertTrue(report.get("findings").size() > 0, "the corpus has errata: the schema should see some");
        assertEquals(List.of(), problems(report));
    }

    @Test
    void everyKindAndSeverityFollowsTheSchema() throws IOException {
        ErrataReport report = everyKindAndSeverity();
        Wfi wfi = new Wfi((inputs, progress) -> report, Terminal.NONE);
        Run run = Run.wfi(wfi, "errata", "--format", "json", "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());

        JsonNode written = MAPPER.readTree(temp.resolve("errata.json").toFile());
        assertEquals(Kind.values().length, written.get("findings").size());
        assertEquals(List.of(), problems(written));
        assertEquals(List.of(), problems(MAPPER.readTree(ReportFormat.JSON.render(report))));
    }

    @Test
    void emptyReportFollowsTheSchema() throws IOException {
        ErrataReport empty = new ErrataReport("0.1.0", List.of(), List.of(), List.of());
        assertEquals(List.of(), problems(MAPPER.readTree(ReportFormat.JSON.render(empty))));
    }

    /** What the schema refuses: a field it does not state, a missing one, a value outside an enum or a range. */
    @Test
    void schemaRefusesWhatTheFormatDoesNotHave() throws IOException {
        JsonNode valid = MAPPER.readTree(ReportFormat.JSON.render(everyKindAndSeverity()));
        assertEquals(List.of(), problems(valid));

        assertRefused(valid, "additionalProperties", report -> finding(report).put("notInTheFormat", "x"));
        assertRefused(valid, "additionalProperties", report -> ((ObjectNode) report.get("summary")).put("notInTheFormat", 1));
        assertRefused(valid, "additionalProperties", report -> report.put("notInTheFormat", true));
        assertRefused(valid, "required", report -> finding(report).remove("registered"));
        assertRefused(valid, "enum", report -> finding(report).put("kind", "typo"));
        assertRefused(valid, "enum", report -> finding(report).put("severity", "fatal"));
        assertRefused(valid, "minimum", report -> finding(report).put("line", 0));
        assertRefused(valid, "pattern", report -> finding(report).put("pointer", "encryption/secret"));
        assertRefused(valid, "const", report -> report.put("schemaVersion", 2));
    }

    private static void assertRefused(JsonNode valid, String keyword, Consumer<ObjectNode> change) throws IOException {
        ObjectNode report = valid.deepCopy();
        change.accept(report);
        List<Error> errors = schema().validate(report);
        assertTrue(errors.stream().anyMatch(error -> error.getKeyword().equals(keyword)),
                "expected a '" + keyword + "' error, got " + errors);
    }

    private static ObjectNode finding(ObjectNode report) {
        return (ObjectNode) ((ArrayNode) report.get("findings")).get(0);
    }

    /** One finding of each kind, the severities in turn, example and pointer null on every other one. */
    private static ErrataReport everyKindAndSeverity() {
        String page = "ru/страница 1 #2.md";
        List<Finding> findings = new ArrayList<>();
        Kind[] kinds = Kind.values();
        Severity[] severities = Severity.values();
        for (int i = 0; i < kinds.length; i++) {
            boolean inExample = i % 2 == 1;
            findings.add(new Finding("WFI-TEST-" + kinds[i].name().replace('_', '-'), kinds[i],
                    severities[i % severities.length], page, i + 1, 1 + i % 3, inExample ? page + "#2" : null,
                    inExample ? (i % 4 == 1 ? "/encryption/secret" : "/a~1b/0") : null,
                    "\"" + kinds[i].label() + "\" <finding> & ünïcode", i % 3 == 0));
        }
        return new ErrataReport("0.1.0-SNAPSHOT", List.of(new DocumentSummary(page, "ru-RU", "localized-markdown", 2),
                new DocumentSummary("en.md", "en-US", "markdown", 0), new DocumentSummary("p.txt", "zh-CN", "plain-text", 1)),
                findings, List.of());
    }
}
