package dev.wfi.errata.report;

import dev.wfi.report.SarifLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wfi.errata.Finding;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void pointsEachResultAtItsRuleDescriptor() throws Exception {
        JsonNode run = MAPPER.readTree(ReportFormat.SARIF.render(SampleReports.typical())).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals(4, rules.size());
        for (JsonNode result : run.get("results")) {
            JsonNode rule = rules.get(result.get("ruleIndex").intValue());
            assertEquals(result.get("ruleId").textValue(), rule.get("id").textValue());
        }
    }

    @Test
    void writesLocationRelativeToSourceRoot() throws Exception {
        JsonNode result = MAPPER.readTree(ReportFormat.SARIF.render(SampleReports.typical())).at("/runs/0/results/2");
        assertEquals("error", result.get("level").textValue());
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertEquals("en/workforce%20integration.md", location.at("/artifactLocation/uri").textValue());
        assertEquals("SRCROOT", location.at("/artifactLocation/uriBaseId").textValue());
        assertEquals(41, location.at("/region/startLine").intValue());
        assertEquals(9, location.at("/region/startColumn").intValue());
        assertEquals(false, result.at("/properties/registered").booleanValue());
    }

    @Test
    void escapesUrisWithForwardSlashes() {
        assertEquals("docs/ru-RU/%D0%B8%D0%BC%D1%8F%20%231%3F.md", SarifLog.uri("docs\\ru-RU\\имя #1?.md"));
        assertEquals("a/b_c~d.txt", SarifLog.uri("a/b_c~d.txt"));
    }

    @Test
    void fingerprintIgnoresLineButNotMessage() {
        Finding finding = SampleReports.typical().findings().get(0);
        Finding moved = new Finding(finding.ruleId(), finding.kind(), finding.severity(), finding.path(),
                finding.line() + 40, finding.column() + 2, finding.example(), finding.pointer(), finding.message(), true);
        Finding reworded = new Finding(finding.ruleId(), finding.kind(), finding.severity(), finding.path(),
                finding.line(), finding.column(), finding.example(), finding.pointer(), "other message", true);
        assertEquals(SarifWriter.fingerprint(finding), SarifWriter.fingerprint(moved));
        assertNotEquals(SarifWriter.fingerprint(finding), SarifWriter.fingerprint(reworded));
        assertTrue(SarifWriter.fingerprint(finding).matches("[0-9a-f]{32}"));
    }
}
