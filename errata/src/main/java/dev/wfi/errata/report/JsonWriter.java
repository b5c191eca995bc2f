package dev.wfi.errata.report;

import dev.wfi.report.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.errata.DocumentSummary;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.report.Severity;
import java.io.IOException;
import java.io.Writer;

/** The stable report JSON of DESIGN.md ("Report JSON"): field names and order are a contract with other tools. */
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
            node.put("registered", finding.registered());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("documents", report.documents().size());
        summary.put("examples", report.exampleCount());
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("notes", report.count(Severity.NOTE));
        Json.write(root, out);
    }
}
