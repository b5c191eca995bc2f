package dev.wfi.errata.report;

import dev.wfi.report.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.errata.DocumentSummary;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Fix;
import dev.wfi.errata.InputError;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The stable report JSON: field names and order are a contract with other tools (docs/errata-report.schema.json). */
final class JsonWriter {

    private JsonWriter() {
    }

    static void write(ErrataReport report, Writer out) throws IOException {
        ObjectNode root = Json.object();
        root.put("schemaVersion", ErrataReport.SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", ErrataReport.TOOL_NAME);
        tool.put("version", report.toolVersion());
        ArrayNode documents = root.putArray("documents");
        for (DocumentSummary document : report.documents()) {
            ObjectNode node = documents.addObject();
            node.put("path", document.path());
            node.put("locale", document.locale());
            node.put("format", document.format());
            node.put("examples", document.examples());
            node.put("scope", document.scope());
            node.put("contractExamples", document.contractExamples());
        }
        List<List<Finding>> groups = report.groups();
        Map<Finding, Integer> groupOf = new IdentityHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Finding member : groups.get(g)) {
                groupOf.put(member, g + 1);
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("kind", finding.kind().label());
            node.put("severity", finding.severity().label());
            node.put("path", finding.path());
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("example", finding.example());
            node.put("pointer", finding.pointer());
            node.put("message", finding.message());
            node.put("fix", finding.fixOf().map(Fix::replacement).orElse(null));
            node.put("group", groupOf.get(finding));
            node.put("registered", finding.registered());
        }
        ArrayNode groupNodes = root.putArray("groups");
        for (int g = 0; g < groups.size(); g++) {
            Finding first = groups.get(g).get(0);
            ObjectNode node = groupNodes.addObject();
            node.put("id", g + 1);
            node.put("ruleId", first.ruleId());
            node.put("message", first.message());
            node.put("pages", groups.get(g).stream().map(Finding::path).distinct().count());
            ArrayNode locations = node.putArray("locations");
            for (Finding member : groups.get(g)) {
                locations.addObject().put("path", member.path()).put("line", member.line()).put("column", member.column());
            }
        }
        ArrayNode notRead = root.putArray("inputsNotRead");
        for (InputError error : report.inputErrors()) {
            notRead.addObject().put("path", error.path()).put("cause", error.cause());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("documents", report.documents().size());
        summary.put("examples", report.exampleCount());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("notes", report.count(Severity.NOTE));
        summary.put("contractDocuments", report.contractDocuments());
        summary.put("contractExamples", report.contractExamples());
        summary.put("syntaxOnlyDocuments", report.documents().size() - report.contractDocuments());
        summary.put("syntaxOnlyExamples", report.exampleCount() - report.contractExamples());
        summary.put("groups", groups.size());
        Json.write(root, out);
    }
}
