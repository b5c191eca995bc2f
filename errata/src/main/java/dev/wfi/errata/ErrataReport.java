package dev.wfi.errata;

import dev.wfi.report.Severity;
import java.util.List;

/**
 * The result of one errata run: every document read, every finding (sorted by path, line, column, rule),
 * and the inputs that could not be read. The JSON form is a stable contract: docs/errata-report.schema.json.
 */
public record ErrataReport(
        String toolVersion,
        List<DocumentSummary> documents,
        List<Finding> findings,
        List<InputError> inputErrors) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TOOL_NAME = "wfi";

    public ErrataReport {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        inputErrors = List.copyOf(inputErrors);
    }

    public int exampleCount() {
        return documents.stream().mapToInt(DocumentSummary::examples).sum();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public List<Finding> findingsIn(String path) {
        return findings.stream().filter(f -> f.path().equals(path)).toList();
    }
}
