package dev.wfi.errata.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Fix;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesEveryFieldInTheDesignedShapeAndOrder() throws Exception {
        ErrataReport report = SampleReports.typical();
        JsonNode root = MAPPER.readTree(ReportFormat.JSON.render(report));

        assertEquals(List.of("schemaVersion", "tool", "documents", "findings", "groups", "inputsNotRead", "summary"),
                fieldNames(root));
        assertEquals(1, root.get("schemaVersion").intValue());
        assertEquals("wfi", root.at("/tool/name").textValue());
        assertEquals("0.1.0", root.at("/tool/version").textValue());

        assertEquals(3, root.get("documents").size());
        JsonNode document = root.at("/documents/0");
        assertEquals(List.of("path", "locale", "format", "examples", "scope", "contractExamples"), fieldNames(document));
        assertEquals("contract", document.get("scope").textValue());
        assertEquals("syntax", root.at("/documents/2/scope").textValue());
        assertEquals(0, root.at("/documents/2/contractExamples").intValue());
        assertEquals("000_84426a01909ebca0.txt", document.get("path").textValue());
        assertEquals("ru-RU", document.get("locale").textValue());
        assertEquals("localized-markdown", document.get("format").textValue());
        assertEquals(8, document.get("examples").intValue());

        assertEquals(report.findings().size(), root.get("findings").size());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding expected = report.findings().get(i);
            JsonNode finding = root.get("findings").get(i);
            assertEquals(List.of("ruleId", "kind", "severity", "path", "line", "column", "example", "pointer",
                    "message", "fix", "group", "registered"), fieldNames(finding));
            assertEquals(expected.fixOf().map(Fix::replacement).orElse(null), finding.get("fix").textValue());
            assertEquals(expected.ruleId(), finding.get("ruleId").textValue());
            assertEquals(expected.kind().label(), finding.get("kind").textValue());
            assertEquals(expected.severity().label(), finding.get("severity").textValue());
            assertEquals(expected.path(), finding.get("path").textValue());
            assertEquals(expected.line(), finding.get("line").intValue());
            assertEquals(expected.column(), finding.get("column").intValue());
            assertEquals(expected.example(), finding.get("example").textValue());
            assertEquals(expected.pointer(), finding.get("pointer").textValue());
            assertEquals(expected.message(), finding.get("message").textValue());
            assertEquals(expected.registered(), finding.get("registered").booleanValue());
        }

        assertEquals(1, root.get("groups").size());
        assertEquals("WFI-PLACEHOLDER", root.at("/groups/0/ruleId").textValue());
        assertEquals(2, root.at("/groups/0/pages").intValue());
        assertEquals(1, root.at("/findings/3/group").intValue());
        assertTrue(root.at("/findings/0/group").isNull());
        assertEquals("missing.md", root.at("/inputsNotRead/0/path").textValue());
        assertEquals("no such file or directory", root.at("/inputsNotRead/0/cause").textValue());

        JsonNode summary = root.get("summary");
        assertEquals(List.of("documents", "examples", "errors", "warnings", "notes", "contractDocuments", "contractExamples",
                "syntaxOnlyDocuments", "syntaxOnlyExamples", "groups"), fieldNames(summary));
        assertEquals(2, summary.get("contractDocuments").intValue());
        assertEquals(11, summary.get("contractExamples").intValue());
        assertEquals(1, summary.get("syntaxOnlyDocuments").intValue());
        assertEquals(2, summary.get("syntaxOnlyExamples").intValue());
        assertEquals(3, summary.get("documents").intValue());
        assertEquals(13, summary.get("examples").intValue());
        assertEquals(2, summary.get("errors").intValue());
        assertEquals(1, summary.get("warnings").intValue());
        assertEquals(2, summary.get("notes").intValue());
    }

    @Test
    void writesAbsentExampleAndPointerAsNull() throws Exception {
        JsonNode finding = MAPPER.readTree(ReportFormat.JSON.render(SampleReports.typical())).at("/findings/1");
        assertTrue(finding.get("example").isNull());
        assertTrue(finding.get("pointer").isNull());
    }

    @Test
    void writesEmptyReportWithZeroSummary() throws Exception {
        JsonNode root = MAPPER.readTree(ReportFormat.JSON.render(SampleReports.empty()));
        assertEquals(0, root.get("documents").size());
        assertEquals(0, root.get("findings").size());
        assertEquals(0, root.at("/summary/examples").intValue());
    }

    @Property
    void messagesSurviveTheRoundTrip(@ForAll String message, @ForAll String path) throws Exception {
        Finding original = SampleReports.typical().findings().get(0);
        Finding finding = new Finding(original.ruleId(), original.kind(), original.severity(), path,
                original.line(), original.column(), original.example(), original.pointer(), message, false);
        ErrataReport report = new ErrataReport("0.1.0", List.of(), List.of(finding), List.of());
        JsonNode parsed = MAPPER.readTree(ReportFormat.JSON.render(report)).at("/findings/0");
        assertEquals(message, parsed.get("message").textValue());
        assertEquals(path, parsed.get("path").textValue());
    }

    private static List<String> fieldNames(JsonNode node) {
        return iterate(node.fieldNames());
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
