package dev.wfi.speccheck.lint;

import dev.wfi.report.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintFormatTest {

    private static final LintReport REPORT = new LintReport("1.0", List.of("specs/a, b.yaml"), List.of(
            new LintFinding("WFI-SPEC-SECURITY", Severity.ERROR, "specs/a, b.yaml", 7, 5, "/paths/~1x/get",
                    "GET /x declares no security: 100%\nreally", "add security"),
            new LintFinding("WFI-SPEC-UNUSED-COMPONENT", Severity.WARNING, "specs/a, b.yaml", 20, 5,
                    "/components/schemas/y", "component schemas/y is never referenced", "remove it")), 2);

    private static String render(LintFormat format) {
        StringWriter out = new StringWriter();
        format.write(REPORT, new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void terminalListsFindingsWithHintsThenASummary() {
        assertEquals("""
                specs/a, b.yaml:7:5  error    WFI-SPEC-SECURITY  GET /x declares no security: 100%
                really
                    fix: add security
                specs/a, b.yaml:20:5  warning  WFI-SPEC-UNUSED-COMPONENT  component schemas/y is never referenced
                    fix: remove it
                1 error, 1 warning, 0 notes in 1 file (2 suppressed by the baseline)
                """, render(LintFormat.TERMINAL));
    }

    @Test
    void githubAnnotationsEscapePropertiesAndMessages() {
        assertEquals("""
                ::error file=specs/a%2C b.yaml,line=7,col=5,title=WFI-SPEC-SECURITY::GET /x declares no security: 100%25%0Areally (fix: add security)
                ::warning file=specs/a%2C b.yaml,line=20,col=5,title=WFI-SPEC-UNUSED-COMPONENT::component schemas/y is never referenced (fix: remove it)
                1 error, 1 warning, 0 notes in 1 file (2 suppressed by the baseline)
                """, render(LintFormat.GITHUB));
    }

    @Test
    void sarifUsesRelativeUrisAndRuleIndexes() throws Exception {
        var sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(render(LintFormat.SARIF));
        assertEquals("specs/a%2C%20b.yaml",
                sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        int index = sarif.at("/runs/0/results/1/ruleIndex").asInt();
        assertEquals("WFI-SPEC-UNUSED-COMPONENT", sarif.at("/runs/0/tool/driver/rules/" + index + "/id").asText());
        assertEquals("warning", sarif.at("/runs/0/results/1/level").asText());
    }

    @Test
    void jsonCarriesEveryFieldAndTheSummary() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(render(LintFormat.JSON));
        assertEquals("/paths/~1x/get", json.at("/findings/0/pointer").asText());
        assertEquals(7, json.at("/findings/0/line").asInt());
        assertEquals(2, json.at("/summary/suppressed").asInt());
        assertEquals(1, json.at("/summary/errors").asInt());
    }
}
